package com.vcshell.admin.rotation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.admin.AuditTrail;
import com.vcshell.admin.Confirmer;
import com.vcshell.admin.DestinationChooser;
import com.vcshell.admin.IdentityClients;
import com.vcshell.admin.SessionOptions;
import com.vcshell.admin.UsageException;
import com.vcshell.admin.copies.FileCopies;
import com.vcshell.auth.ApiCredentials;
import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.emulator.SeedAccount;
import com.vcshell.identity.ApiHosts;
import com.vcshell.identity.IdentityClientSettings;
import com.vcshell.identity.RestIdentityClient;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.CredentialsStore;
import com.vcshell.profile.ProfileManager;
import com.vcshell.profile.ProfileSettings;
import com.vcshell.profile.UserEnvironment;
import com.vcshell.vault.AuditLog;
import com.vcshell.vault.NewCredentialsFiles;
import com.vcshell.vault.SecretRescue;
import com.vcshell.vault.VcshellHome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A rotation updates every local copy of the replaced key after one confirmation: other
 * profiles with the same key id and the Veracode CLI's {@code ~/.veracode/veracode.yml}.
 * Use cases alone, real files, real signed HTTP to the in-process emulator.
 */
class LocalCopiesRotationTests {

	private static final IdentityClientSettings CLIENT = IdentityClientSettings.defaults(Map.of());

	@TempDir
	Path home;

	private IdentityEmulator emulator;

	private Path credentials;

	private Path veracodeYml;

	private ActiveProfile active;

	private final Recording confirmer = new Recording();

	private CredentialRotation rotation;

	private ApiHosts hosts;

	@BeforeEach
	void tenantAndUseCases() throws IOException {
		this.emulator = IdentityEmulator.start(0);
		this.credentials = this.home.resolve(".veracode/credentials");
		this.veracodeYml = this.home.resolve(".veracode/veracode.yml");
		this.emulator.writeCredentialsFile(this.credentials);
		UserEnvironment environment = new UserEnvironment(Map.of("HOME", this.home.toString()), this.home);
		ProfileSettings settings = new ProfileSettings(this.credentials, "demo");
		CredentialsStore store = new CredentialsStore(settings, environment);
		List<String> warnings = new ArrayList<>();
		this.active = new ActiveProfile(store, environment, settings, warnings::add);
		VcshellHome vcshellHome = new VcshellHome(this.home.resolve(".vcshell"));
		this.hosts = new ApiHosts(CLIENT);
		IdentityClients clients = new IdentityClients(this.active, CLIENT, this.hosts, SessionOptions.defaults(),
				(line) -> {
				});
		NewCredentialsFiles files = new NewCredentialsFiles();
		this.rotation = new CredentialRotation(this.active, clients,
				new DestinationPlanner(new ProfileManager(store, this.active, environment), environment),
				new SecretKeeper(store, files, new SecretRescue(vcshellHome), (section, id, secret, url) -> false),
				new AuditTrail(new AuditLog(vcshellHome), warnings::add, Clock.systemUTC()), SessionOptions.defaults(),
				new FileCopies(store, environment));
	}

	@AfterEach
	void stopTenant() {
		this.hosts.close();
		this.emulator.close();
	}

	@Test
	void generateSelfAsksOnceNamingTheCopiesThenUpdatesTheOtherProfileAndVeracodeYml() throws IOException {
		// given: a second profile with the same key (region-prefixed), and the CLI's file
		ApiCredentials old = this.active.require().credentials();
		append("\n[demo-copy]\nveracode_api_key_id = vera01gi-" + old.apiId() + "\nveracode_api_key_secret = vera01gs-"
				+ old.secretHex() + "\napi_base_url = " + this.emulator.baseUrl() + "\n");
		String yml = "# Veracode CLI\r\napi:\r\n    key-id: '" + old.apiId() + "'  # ci\r\n    key-secret: "
				+ old.secretHex() + "\r\nloglevel: debug\r\n";
		Files.writeString(this.veracodeYml, yml);

		// when
		RotationResult result = this.rotation.generateSelf(new GenerateRequest(false, false, null, null, false),
				this.confirmer);

		// then
		assertThat(result.saved()).isTrue();
		assertThat(this.confirmer.asked).singleElement()
			.asString()
			.startsWith("generate new credentials for profile [demo]")
			.endsWith(" and update the 2 other copies of the old key ****" + old.apiId().substring(28)
					+ ": profile [demo-copy] in " + this.credentials + ", " + this.veracodeYml);
		assertThat(result.copies().updated()).containsExactly("profile [demo-copy] in " + this.credentials,
				this.veracodeYml.toString());
		assertThat(result.copies().notUpdated()).isEmpty();
		ApiCredentials copy = this.active.use("demo-copy").credentials();
		assertThat(copy.apiId()).isEqualTo(result.apiId());
		assertThat(signedCallWith(copy)).isEqualTo(result.apiId());
		assertThat(Files.readString(this.credentials)).contains("veracode_api_key_id = vera01gi-" + result.apiId());
		assertThat(Files.readString(this.veracodeYml)
			.replace(result.apiId(), old.apiId())
			.replace(result.secret(), old.secretHex())).isEqualTo(yml);
		assertThat(result.toString()).doesNotContain(result.secret());
	}

	@Test
	void generateUserSaveAsUpdatesTheOtherProfilesWithTheUsersOldKeyButNotItsPrimary() throws IOException {
		// given: the account's current key in the profile saved into and in another one
		SeedAccount account = this.emulator.serviceAccounts()
			.stream()
			.filter((a) -> a.hasCredentials() && a.userName().startsWith("ci-checkout"))
			.findFirst()
			.orElseThrow();
		String oldId = this.emulator.currentApiId(account.userId()).orElseThrow();
		append(section("ci", oldId, account.apiSecret()) + section("ci-old", oldId, account.apiSecret())
				+ section("unrelated", "ab".repeat(16), "cd".repeat(64)));

		// when
		RotationResult result = this.rotation.generateUser(account.userName(),
				new GenerateRequest(false, false, "ci", null, false), this.confirmer, DestinationChooser.NONE);

		// then
		assertThat(this.confirmer.asked).singleElement()
			.asString()
			.contains("replace the keys of profile [ci]")
			.endsWith("and update the other copy of the old key ****" + oldId.substring(28) + ": profile [ci-old] in "
					+ this.credentials);
		assertThat(result.copies().updated()).containsExactly("profile [ci-old] in " + this.credentials);
		assertThat(this.active.use("ci").credentials().apiId()).isEqualTo(result.apiId());
		assertThat(this.active.use("ci-old").credentials().apiId()).isEqualTo(result.apiId());
		assertThat(this.active.use("unrelated").credentials().apiId()).isEqualTo("ab".repeat(16));
		assertThat(Files.exists(this.veracodeYml)).isFalse();
	}

	@Test
	void aCopyThatCannotBeWrittenIsAWarningNotAFailure() throws IOException {
		ApiCredentials old = this.active.require().credentials();
		String yml = "api:\n  key-id: " + old.apiId() + "\n  key-secret: " + old.secretHex() + "\n";
		Files.writeString(this.veracodeYml, yml);
		Files.createDirectory(this.home.resolve(".veracode/veracode.yml.lock"));

		RotationResult result = this.rotation.generateSelf(new GenerateRequest(true, false, null, null, false),
				this.confirmer);

		assertThat(result.saved()).isTrue();
		assertThat(this.active.use("demo").credentials().apiId()).isEqualTo(result.apiId());
		assertThat(result.copies().updated()).isEmpty();
		assertThat(result.copies().notUpdated()).singleElement()
			.asString()
			.startsWith(this.veracodeYml + " still holds the old key: could not write " + this.veracodeYml)
			.doesNotContain(old.secretHex())
			.doesNotContain(result.secret());
		assertThat(Files.readString(this.veracodeYml)).isEqualTo(yml);
	}

	@Test
	void whenThePairIsNotSavedWhereAskedTheCopiesAreLeftAndSaid() throws IOException {
		ApiCredentials old = this.active.require().credentials();
		String yml = "api:\n  key-id: " + old.apiId() + "\n  key-secret: " + old.secretHex() + "\n";
		Files.writeString(this.veracodeYml, yml);
		Files.createDirectory(this.home.resolve(".veracode/credentials.lock"));

		RotationResult result = this.rotation.generateSelf(new GenerateRequest(true, false, null, null, false),
				this.confirmer);

		assertThat(result.saved()).isFalse();
		assertThat(result.rescueFile()).exists();
		assertThat(result.copies().notUpdated())
			.containsExactly(this.veracodeYml + " still holds the old key: the new pair was not saved where asked");
		assertThat(Files.readString(this.veracodeYml)).isEqualTo(yml);
	}

	@Test
	void aRefusalNamesTheCopiesAndChangesNothing() throws IOException {
		ApiCredentials old = this.active.require().credentials();
		append(section("demo-copy", old.apiId(), old.secretHex()));
		String before = Files.readString(this.credentials);
		long requests = this.emulator.controls().requestCount();
		this.confirmer.answer = false;

		assertThatExceptionOfType(UsageException.class).isThrownBy(
				() -> this.rotation.generateSelf(new GenerateRequest(false, false, null, null, false), this.confirmer))
			.withMessageStartingWith("cancelled: did not generate new credentials for profile [demo]")
			.withMessageEndingWith("and update the other copy of the old key ****" + old.apiId().substring(28)
					+ ": profile [demo-copy] in " + this.credentials);
		assertThat(this.emulator.controls().requestCount()).isEqualTo(requests);
		assertThat(Files.readString(this.credentials)).isEqualTo(before);
	}

	private static String section(String name, String id, String secret) {
		return "\n[" + name + "]\nveracode_api_key_id = " + id + "\nveracode_api_key_secret = " + secret + "\n";
	}

	private void append(String text) throws IOException {
		Files.writeString(this.credentials, Files.readString(this.credentials) + text);
	}

	private String signedCallWith(ApiCredentials pair) {
		return RestIdentityClient.create(this.emulator.baseUrl(), () -> pair, CLIENT).ownCredentials().apiId();
	}

	/** A person who answers every question the same way, and what was asked. */
	private static final class Recording implements Confirmer {

		private final List<String> asked = new ArrayList<>();

		private boolean answer = true;

		@Override
		public boolean canAsk() {
			return true;
		}

		@Override
		public boolean confirm(String action) {
			this.asked.add(action);
			return this.answer;
		}

	}

}
