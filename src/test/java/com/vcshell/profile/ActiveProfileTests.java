package com.vcshell.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.auth.ApiCredentials;

import static com.vcshell.profile.TestKeys.EU_ID;
import static com.vcshell.profile.TestKeys.EU_SECRET;
import static com.vcshell.profile.TestKeys.ID;
import static com.vcshell.profile.TestKeys.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Choosing the profile, and the session's state around it. */
class ActiveProfileTests {

	private static final String OTHER_ID = "ffffeeeeddddccccbbbbaaaa99998888";

	@TempDir
	Path home;

	private final Map<String, String> env = new HashMap<>();

	private final TestKeys.Warnings warnings = new TestKeys.Warnings();

	private Path file;

	@BeforeEach
	void setUp() {
		this.file = this.home.resolve(".veracode/credentials");
		this.env.put("HOME", this.home.toString());
	}

	private void writeFile(String text) throws IOException {
		Files.createDirectories(this.file.getParent());
		Files.writeString(this.file, text);
		Files.setPosixFilePermissions(this.file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
	}

	private ActiveProfile active(String profileOption) {
		UserEnvironment environment = new UserEnvironment(this.env, this.home);
		ProfileSettings settings = new ProfileSettings(null, profileOption);
		return new ActiveProfile(new CredentialsStore(settings, environment), environment, settings, this.warnings);
	}

	private static String eu(String name) {
		return "[" + name + "]\nveracode_api_key_id = " + EU_ID + "\nveracode_api_key_secret = " + EU_SECRET + "\n";
	}

	@Test
	void profileOptionWinsOverEverything() throws IOException {
		writeFile(TestKeys.section("default") + eu("eu") + TestKeys.section("named"));
		this.env.put("VERACODE_API_KEY_ID", ID);
		this.env.put("VERACODE_API_KEY_SECRET", SECRET);
		this.env.put("VERACODE_API_PROFILE", "named");
		assertThat(active("eu").require().name()).isEqualTo("eu");
		assertThat(this.warnings.lines).isEmpty();
	}

	@Test
	void environmentPairComesNextAndWarnsWhenItShadowsAFileProfile() throws IOException {
		writeFile(TestKeys.section("default") + TestKeys.section("named"));
		this.env.put("VERACODE_API_KEY_ID", EU_ID);
		this.env.put("VERACODE_API_KEY_SECRET", EU_SECRET);
		this.env.put("VERACODE_API_PROFILE", "named");
		Profile profile = active(null).require();
		assertThat(profile.name()).isEqualTo("env");
		assertThat(profile.source()).isEqualTo(Profile.Source.ENVIRONMENT);
		assertThat(profile.regionLabel()).isEqualTo("eu");
		assertThat(this.warnings.lines).singleElement()
			.asString()
			.contains("shadows profile [named] of " + this.file)
			.doesNotContain(EU_SECRET);
	}

	@Test
	void environmentPairWithoutAFileDoesNotWarn() {
		this.env.put("VERACODE_API_KEY_ID", ID);
		this.env.put("VERACODE_API_KEY_SECRET", SECRET);
		assertThat(active(null).require().name()).isEqualTo("env");
		assertThat(this.warnings.lines).isEmpty();
	}

	@Test
	void halfAnEnvironmentPairIsIgnoredWithAWarning() throws IOException {
		writeFile(TestKeys.section("default"));
		this.env.put("VERACODE_API_KEY_ID", ID);
		assertThat(active(null).require().name()).isEqualTo("default");
		assertThat(this.warnings.lines)
			.containsExactly("ignoring VERACODE_API_KEY_ID: VERACODE_API_KEY_SECRET is not set");
	}

	@Test
	void profileVariableComesBeforeDefault() throws IOException {
		writeFile(TestKeys.section("default") + TestKeys.section("named"));
		this.env.put("VERACODE_API_PROFILE", "named");
		assertThat(active(null).require().name()).isEqualTo("named");
		this.env.remove("VERACODE_API_PROFILE");
		assertThat(active(null).require().name()).isEqualTo("default");
	}

	@Test
	void noCredentialsAnywhereNamesEveryPlaceAndTheWayOut() {
		ActiveProfile active = active(null);
		assertThatThrownBy(active::require).isInstanceOf(ProfileException.class)
			.hasMessageContaining("--profile (not given)")
			.hasMessageContaining("VERACODE_API_KEY_ID/VERACODE_API_KEY_SECRET (not set)")
			.hasMessageContaining("VERACODE_API_PROFILE (not set)")
			.hasMessageContaining(this.file + " (does not exist)")
			.hasMessageContaining("profile add default")
			.hasMessageContaining("--demo");
	}

	@Test
	void unknownProfileListsTheProfilesAndSuggestsTheCase() throws IOException {
		writeFile(TestKeys.section("Prod") + TestKeys.section("test"));
		assertThatThrownBy(() -> active("prod").require()).isInstanceOf(ProfileException.class)
			.hasMessageStartingWith(
					"no profile [prod] in " + this.file + " (chosen by --profile); profiles: Prod, test")
			.hasMessageContaining("did you mean [Prod]?");
	}

	@Test
	void aBrokenFileIsReportedOnceAndTheSessionStillWorks() throws IOException {
		writeFile("[default]\ngarbage\n");
		ActiveProfile active = active(null);
		assertThat(active.current()).isEmpty();
		assertThat(active.current()).isEmpty();
		assertThat(this.warnings.lines)
			.containsExactly(this.file + " line 2: expected [profile], key = value, or a # comment");
		assertThatThrownBy(active::require).isInstanceOf(ProfileException.class);
		writeFile(TestKeys.section("default"));
		assertThat(active.current()).map(Profile::name).hasValue("default");
	}

	@Test
	void useSwitchesAndKeepsTheOldProfileOnFailure() throws IOException {
		writeFile(TestKeys.section("default") + eu("eu") + "[bad]\nveracode_api_key_id = 1\n");
		ActiveProfile active = active(null);
		Supplier<ApiCredentials> signing = active.credentials();
		assertThat(signing.get().apiId()).isEqualTo(ID);
		assertThat(active.use("eu").apiBaseUrl()).hasToString("https://api.veracode.eu");
		assertThat(signing.get()).isEqualTo(ApiCredentials.of(EU_ID, EU_SECRET));
		assertThatThrownBy(() -> active.use("bad")).isInstanceOf(ProfileException.class).hasMessageContaining("line");
		assertThatThrownBy(() -> active.use("nope")).isInstanceOf(ProfileException.class)
			.hasMessageContaining("chosen by profile use");
		assertThat(active.require().name()).isEqualTo("eu");
	}

	@Test
	void switchCredentialsSignsWithTheNewPairAtOnceAndClearsRevoked() throws IOException {
		writeFile(TestKeys.section("default"));
		ActiveProfile active = active(null);
		Supplier<ApiCredentials> signing = active.credentials();
		active.markRevoked();
		assertThat(active.revoked()).isTrue();
		ApiCredentials next = ApiCredentials.of(OTHER_ID, SECRET);
		active.switchCredentials(next);
		assertThat(signing.get()).isEqualTo(next);
		assertThat(active.require().name()).isEqualTo("default");
		assertThat(active.revoked()).isFalse();
		active.markRevoked();
		active.use("default");
		assertThat(active.revoked()).isFalse();
		assertThat(signing.get().apiId()).isEqualTo(ID);
	}

	@Test
	void warnsAboutAFileOthersCanRead() throws IOException {
		writeFile(TestKeys.section("default"));
		Files.setPosixFilePermissions(this.file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
		active(null).require();
		assertThat(this.warnings.lines).singleElement().asString().contains("readable by group or others");
	}

	@Test
	void managerAddsListsAndRemovesKeepingTheSessionInStep() throws IOException {
		writeFile(TestKeys.section("default"));
		UserEnvironment environment = new UserEnvironment(this.env, this.home);
		ActiveProfile active = active(null);
		ProfileManager manager = new ProfileManager(new CredentialsStore(ProfileSettings.defaults(), environment),
				active, environment);
		manager.add("default", OTHER_ID, SECRET.toCharArray(), null);
		assertThat(active.require().credentials().apiId()).isEqualTo(OTHER_ID);
		manager.add("eu", EU_ID, EU_SECRET.toCharArray(), "https://eu.example.com/");
		assertThat(manager.list())
			.extracting(ProfileSummary::name, ProfileSummary::maskedApiId, ProfileSummary::region,
					ProfileSummary::active)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("default", "****8888", "global", true),
					org.assertj.core.groups.Tuple.tuple("eu", "****d79b", "eu.example.com", false));
		active.use("eu");
		assertThat(manager.remove("eu")).isTrue();
		assertThat(active.require().name()).isEqualTo("default");
		assertThat(manager.remove("default")).isTrue();
		assertThat(active.current()).isEmpty();
		assertThatThrownBy(() -> manager.add("x", ID, "abc".toCharArray(), null)).isInstanceOf(ProfileException.class)
			.hasMessage("not saved: the API key secret must be an even number of hexadecimal characters (0-9, a-f)");
	}

}
