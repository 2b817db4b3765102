package com.vcshell.admin.rotation;

import java.io.IOException;
import java.net.URI;
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
import com.vcshell.auth.ApiCredentials;
import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.emulator.SeedAccount;
import com.vcshell.identity.ApiHosts;
import com.vcshell.identity.IdentityClientSettings;
import com.vcshell.identity.RestIdentityClient;
import com.vcshell.identity.VeracodeApiException;
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
 * A full rotation through the use cases alone: no Spring context, no shell, no terminal;
 * in-memory ports, a temporary credentials file, real signed HTTP to the in-process
 * emulator over loopback.
 */
class RotationWithoutShellTests {

	private static final IdentityClientSettings CLIENT = IdentityClientSettings.defaults(Map.of());

	@TempDir
	Path home;

	private IdentityEmulator emulator;

	private Path credentials;

	private ActiveProfile active;

	private final Agreeing confirmer = new Agreeing();

	private final List<String> warnings = new ArrayList<>();

	private final List<String> shownInAnEmergency = new ArrayList<>();

	private CredentialRotation rotation;

	private ApiHosts hosts;

	@BeforeEach
	void tenantAndUseCases() {
		this.emulator = IdentityEmulator.start(0);
		this.credentials = this.home.resolve("veracode/credentials");
		this.emulator.writeCredentialsFile(this.credentials);
		UserEnvironment environment = new UserEnvironment(Map.of("HOME", this.home.toString()), this.home);
		ProfileSettings settings = new ProfileSettings(this.credentials, "demo");
		CredentialsStore store = new CredentialsStore(settings, environment);
		this.active = new ActiveProfile(store, environment, settings, this.warnings::add);
		VcshellHome vcshellHome = new VcshellHome(this.home.resolve(".vcshell"));
		this.hosts = new ApiHosts(CLIENT);
		IdentityClients clients = new IdentityClients(this.active, CLIENT, this.hosts, SessionOptions.defaults(),
				(line) -> {
				});
		NewCredentialsFiles files = new NewCredentialsFiles();
		this.rotation = new CredentialRotation(this.active, clients,
				new DestinationPlanner(new ProfileManager(store, this.active, environment), environment),
				new SecretKeeper(store, files, new SecretRescue(vcshellHome), this::showInAnEmergency),
				new AuditTrail(new AuditLog(vcshellHome), this.warnings::add, Clock.systemUTC()),
				SessionOptions.defaults());
	}

	@AfterEach
	void stopTenant() {
		this.hosts.close();
		this.emulator.close();
	}

	@Test
	void generateUserSavesTheNewPairRevokesTheOldOneAndAudits() throws IOException {
		// given
		SeedAccount account = serviceAccountWithWorkingCredentials();
		ApiCredentials old = ApiCredentials.of(account.apiId(), account.apiSecret());
		assertThat(signedCallWith(old)).as("the old key works before").isEqualTo(old.apiId());
		GenerateRequest request = new GenerateRequest(false, false, "ci", null, false);

		// when
		RotationResult result = this.rotation.generateUser(account.userName(), request, this.confirmer,
				DestinationChooser.NONE);

		// then
		assertThat(result.saved()).isTrue();
		assertThat(result.apiId()).isNotEqualTo(old.apiId())
			.isEqualTo(this.emulator.currentApiId(account.userId()).orElseThrow());
		assertThat(this.confirmer.asked).singleElement()
			.asString()
			.startsWith("generate new credentials for user " + account.userName());
		ApiCredentials saved = this.active.use("ci").credentials();
		assertThat(saved.apiId()).isEqualTo(result.apiId());
		assertThat(saved.secretHex()).isEqualTo(result.secret());
		assertThat(signedCallWith(saved)).isEqualTo(result.apiId());
		assertThatExceptionOfType(VeracodeApiException.class).isThrownBy(() -> signedCallWith(old))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(VeracodeApiException.Kind.REFUSED));
		assertThat(Files.readAllLines(this.home.resolve(".vcshell/audit.log"))).singleElement()
			.asString()
			.contains("\"operation\":\"generate-user\"")
			.contains("\"name\":\"" + account.userName() + "\"")
			.contains("\"api_id\":\"" + result.apiId() + "\"")
			.contains("\"outcome\":\"ok\"")
			.doesNotContain(result.secret());
		assertThat(this.warnings).isEmpty();
	}

	@Test
	void generateSelfSwitchesTheSessionAndVerifiesWithTheNewKey() {
		String before = this.active.require().credentials().apiId();

		RotationResult result = this.rotation.generateSelf(new GenerateRequest(false, false, null, null, false),
				this.confirmer);

		assertThat(result.saved()).isTrue();
		assertThat(result.verified()).isTrue();
		assertThat(result.checkFailure()).isNull();
		assertThat(result.apiId()).isNotEqualTo(before)
			.isEqualTo(this.emulator.currentApiId(this.emulator.admin().userId()).orElseThrow())
			.isEqualTo(this.active.require().credentials().apiId());
		assertThat(result.savedTo()).containsExactly("profile [demo] in " + this.credentials);
		assertThat(this.active.use("demo").credentials().apiId()).isEqualTo(result.apiId());
	}

	@Test
	void aPairThatCannotBeSavedIsAResultWithItsRescueFileNotAnException() throws IOException {
		Files.createDirectory(this.credentials.resolveSibling("credentials.lock"));

		RotationResult result = this.rotation.generateSelf(new GenerateRequest(true, false, null, null, false),
				this.confirmer);

		assertThat(result.saved()).isFalse();
		assertThat(result.notSaved()).contains("rescue file " + result.rescueFile());
		assertThat(result.rescueFile()).exists();
		assertThat(Files.readString(result.rescueFile())).contains(result.secret());
		assertThat(this.confirmer.asked).as("--yes").isEmpty();
		assertThat(this.shownInAnEmergency).isEmpty();
		assertThat(result.toString()).doesNotContain(result.secret());
	}

	@Test
	void aRefusalSendsNothing() {
		long before = this.emulator.controls().requestCount();
		this.confirmer.answer = false;

		assertThatExceptionOfType(UsageException.class).isThrownBy(
				() -> this.rotation.generateSelf(new GenerateRequest(false, false, null, null, false), this.confirmer))
			.withMessageStartingWith("cancelled: did not generate new credentials for profile [demo]");
		assertThat(this.emulator.controls().requestCount()).isEqualTo(before);
	}

	private String signedCallWith(ApiCredentials pair) {
		return RestIdentityClient.create(this.emulator.baseUrl(), () -> pair, CLIENT).ownCredentials().apiId();
	}

	/** An account whose seeded key is still valid (some are seeded expired). */
	private SeedAccount serviceAccountWithWorkingCredentials() {
		return this.emulator.serviceAccounts()
			.stream()
			.filter(SeedAccount::hasCredentials)
			.filter((account) -> works(ApiCredentials.of(account.apiId(), account.apiSecret())))
			.findFirst()
			.orElseThrow();
	}

	private boolean works(ApiCredentials pair) {
		try {
			return signedCallWith(pair) != null;
		}
		catch (VeracodeApiException ex) {
			return false;
		}
	}

	private boolean showInAnEmergency(String section, String apiId, String apiSecret, URI url) {
		this.shownInAnEmergency.add(section);
		return true;
	}

	/** A person who answers every question the same way, and what was asked. */
	private static final class Agreeing implements Confirmer {

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
