package com.vcshell.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.vcshell.profile.TestKeys.ID;
import static com.vcshell.profile.TestKeys.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Profile names with control characters or that look like keys, from the file,
 * {@code --profile}, {@code profile use} and {@code VERACODE_API_PROFILE}: refused in one
 * line that shows them neutralised, never raw, never the key.
 */
class ProfileNameInputTests {

	private static final String HEX_128 = "ab".repeat(64);

	@TempDir
	Path home;

	private final Map<String, String> env = new HashMap<>();

	private final TestKeys.Warnings warnings = new TestKeys.Warnings();

	private Path file;

	@BeforeEach
	void setUp() {
		this.file = this.home.resolve("credentials");
	}

	private void writeFile(String text) throws IOException {
		Files.writeString(this.file, text);
		Files.setPosixFilePermissions(this.file, PosixFilePermissions.fromString("rw-------"));
	}

	private ActiveProfile active(String profileOption) {
		UserEnvironment environment = new UserEnvironment(this.env, this.home);
		ProfileSettings settings = new ProfileSettings(this.file, profileOption);
		return new ActiveProfile(new CredentialsStore(settings, environment), environment, settings, this.warnings);
	}

	private ProfileManager manager(ActiveProfile active) {
		UserEnvironment environment = new UserEnvironment(this.env, this.home);
		return new ProfileManager(new CredentialsStore(new ProfileSettings(this.file, null), environment), active,
				environment);
	}

	static Stream<Arguments> badNames() {
		return Stream.of(arguments("de\nfault", "de\\nfault", "U+000A"), arguments("de\rfault", "de\\rfault", "U+000D"),
				arguments("\u001B[31mred", "\\u001B[31mred", "U+001B"), arguments("a\u0085b", "a\\u0085b", "U+0085"),
				arguments("evil\u202Etxt", "evil\\u202Etxt", "U+202E"), arguments("a\u0007", "a\\u0007", "U+0007"));
	}

	@ParameterizedTest
	@MethodSource("badNames")
	void aControlCharacterInProfileIsRefusedShownEscaped(String name, String shown, String codePoint)
			throws IOException {
		writeFile(TestKeys.section("default"));
		String expected = "invalid profile name '" + shown + "' (chosen by --profile): it holds a control character ("
				+ codePoint + ")";
		assertThatThrownBy(() -> active(name).require()).isInstanceOf(ProfileException.class).hasMessage(expected);
		assertThatThrownBy(() -> active(null).use(name)).isInstanceOf(ProfileException.class)
			.hasMessage(expected.replace("--profile", "profile use"));
		this.env.put("VERACODE_API_PROFILE", name);
		assertThatThrownBy(() -> active(null).require())
			.hasMessage(expected.replace("--profile", "VERACODE_API_PROFILE"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u001B[2Jevil", "a\u0085b", "rtl\u202Eeman", "zw\u200Bsp", "nul\u0000x" })
	void aSectionWithAControlCharacterIsUnusableAndListedEscaped(String name) throws IOException {
		writeFile(TestKeys.section(name) + TestKeys.section("ok"));
		String shown = SafeText.of(name);
		assertThat(shown).doesNotContain(name).matches("\\p{Print}+");
		assertThat(active("ok").require().name()).isEqualTo("ok");
		List<ProfileSummary> rows = manager(active("ok")).list();
		assertThat(rows.get(0).name()).isEqualTo(shown);
		assertThat(rows.get(0).problem())
			.isEqualTo(this.file + " line 1 (profile [" + shown + "]): the profile name holds a control character ("
					+ SafeText.codePoint(SafeText.firstControl(name)) + "); rename the section to use it");
	}

	@Test
	void aSectionNamedLikeASecretIsNeverPrintedInFull() throws IOException {
		writeFile(TestKeys.section(HEX_128));
		ActiveProfile active = active(null);
		assertThatThrownBy(active::require).isInstanceOf(ProfileException.class)
			.hasMessageContaining("has no [default] profile; profiles: ****abab")
			.message()
			.doesNotContain(HEX_128.substring(0, 12));
		ProfileSummary row = manager(active).list().get(0);
		assertThat(row.name()).isEqualTo("****abab");
		assertThat(row.problem()).isEqualTo(this.file
				+ " line 1 (profile [****abab]): the profile name looks like an API key or secret (32 or more hex characters, or a vera01 prefix); rename the section to use it");
	}

	@Test
	void aSecretGivenAsProfileNameIsNeverEchoed() throws IOException {
		writeFile(TestKeys.section("default"));
		for (String name : List.of(SECRET, "vera01es-" + SECRET, "x" + ID)) {
			assertThatThrownBy(() -> active(name).require()).isInstanceOf(ProfileException.class)
				.hasMessageStartingWith("invalid profile name '")
				.hasMessageEndingWith("(chosen by --profile): it looks like an API key or secret"
						+ " (32 or more hex characters, or a vera01 prefix)")
				.message()
				.doesNotContain(ID.substring(0, 12))
				.doesNotContain(SECRET.substring(0, 12));
		}
	}

	@Test
	void unknownNamesAreShownNeutralisedInEveryProfileMessage() throws IOException {
		writeFile(TestKeys.section("default"));
		ProfileManager manager = manager(active(null));
		assertThatThrownBy(() -> manager.requireExisting("no\u2028pe")).isInstanceOf(ProfileException.class)
			.hasMessage("no profile [no\\u2028pe] in " + this.file + "; profiles: default");
		assertThatThrownBy(() -> manager.remove("x\ty")).hasMessageStartingWith("no profile [x\\ty]");
		assertThatThrownBy(() -> manager.add("a\nb", ID, SECRET.toCharArray(), null))
			.hasMessageStartingWith("invalid profile name 'a\\nb': use letters");
		assertThatThrownBy(() -> manager.add(ID, ID, SECRET.toCharArray(), null))
			.hasMessageStartingWith("invalid profile name '****29fa': use letters");
		assertThat(Files.readString(this.file)).isEqualTo(TestKeys.section("default"));
	}

	@Test
	void completionOffersOnlyNamesThatCanBeUsed() throws IOException {
		writeFile(TestKeys.section("a\u001B[2J") + TestKeys.section(HEX_128) + TestKeys.section("ok"));
		assertThat(manager(active(null)).names()).containsExactly("ok");
	}

	@Test
	void aVeryLongUnknownNameIsCut() throws IOException {
		writeFile(TestKeys.section("default"));
		String name = "n".repeat(70_000);
		assertThatThrownBy(() -> active(name).require()).isInstanceOf(ProfileException.class)
			.hasMessageStartingWith("no profile [" + "n".repeat(60) + "... (70000 characters)] in ")
			.message()
			.hasSizeLessThan(500);
	}

}
