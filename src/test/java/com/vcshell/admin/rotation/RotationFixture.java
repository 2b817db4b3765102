package com.vcshell.admin.rotation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vcshell.admin.AuditTrail;
import com.vcshell.admin.Confirmer;
import com.vcshell.admin.CriticalSection;
import com.vcshell.admin.IdentityClients;
import com.vcshell.admin.SessionOptions;
import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.identity.ApiHosts;
import com.vcshell.identity.IdentityClientSettings;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.CredentialsStore;
import com.vcshell.profile.ProfileManager;
import com.vcshell.profile.ProfileSettings;
import com.vcshell.profile.UserEnvironment;
import com.vcshell.vault.AuditLog;
import com.vcshell.vault.NewCredentialsFiles;
import com.vcshell.vault.PendingJournal;
import com.vcshell.vault.SecretRescue;
import com.vcshell.vault.VcshellHome;

/**
 * The rotation use cases wired by hand, without Spring or a shell: the loopback emulator,
 * a temporary credentials file (profiles {@code demo} and {@code demo-readonly}),
 * {@code ~/.vcshell} in a temporary folder; the critical section, the rescue folder and
 * the last resort can be swapped.
 */
final class RotationFixture implements AutoCloseable {

	static final IdentityClientSettings CLIENT = IdentityClientSettings.defaults(Map.of());

	final IdentityEmulator emulator = IdentityEmulator.start(0);

	final Path credentials;

	final VcshellHome home;

	final CredentialsStore store;

	final ActiveProfile active;

	final PendingJournal journal;

	final AuditLog auditLog;

	final List<String> warnings = new ArrayList<>();

	final List<String> shownInAnEmergency = new ArrayList<>();

	private final UserEnvironment environment;

	private final ApiHosts hosts = new ApiHosts(CLIENT);

	RotationFixture(Path dir) {
		this.credentials = dir.resolve("veracode/credentials");
		this.emulator.writeCredentialsFile(this.credentials);
		this.environment = new UserEnvironment(Map.of("HOME", dir.toString()), dir);
		ProfileSettings settings = new ProfileSettings(this.credentials, "demo");
		this.store = new CredentialsStore(settings, this.environment);
		this.active = new ActiveProfile(this.store, this.environment, settings, this.warnings::add);
		this.home = new VcshellHome(dir.resolve(".vcshell"));
		this.journal = new PendingJournal(this.home);
		this.auditLog = new AuditLog(this.home);
	}

	/** The use case, with the given section, rescue folder and last resort. */
	CredentialRotation rotation(CriticalSection section, VcshellHome rescueHome, boolean lastResortWorks) {
		return rotation(section, rescueHome, lastResortWorks, this.journal);
	}

	/** The use case, with the given journal. */
	CredentialRotation rotation(CriticalSection section, VcshellHome rescueHome, boolean lastResortWorks,
			PendingJournal pending) {
		IdentityClients clients = new IdentityClients(this.active, CLIENT, this.hosts, SessionOptions.defaults(),
				(line) -> {
				});
		NewCredentialsFiles files = new NewCredentialsFiles();
		SecretKeeper keeper = new SecretKeeper(this.store, files, new SecretRescue(rescueHome),
				(section1, apiId, apiSecret, url) -> emergency(section1, lastResortWorks));
		CriticalPath critical = new CriticalPath(pending, section, keeper, audit(), this.warnings::add);
		return new CredentialRotation(this.active, clients,
				new DestinationPlanner(new ProfileManager(this.store, this.active, this.environment), this.environment),
				critical, audit(), SessionOptions.defaults());
	}

	CredentialRotation rotation(CriticalSection section) {
		return rotation(section, this.home, true);
	}

	AuditTrail audit() {
		return new AuditTrail(this.auditLog, this.warnings::add, Clock.systemUTC());
	}

	PendingRecovery recovery() {
		return new PendingRecovery(this.journal, this.store, new SecretRescue(this.home), audit());
	}

	String currentAdminApiId() {
		return this.emulator.currentApiId(this.emulator.admin().userId()).orElseThrow();
	}

	private Optional<String> emergency(String section, boolean works) {
		if (!works) {
			return Optional.empty();
		}
		this.shownInAnEmergency.add(section);
		return Optional.of("the test's screen");
	}

	@Override
	public void close() {
		this.hosts.close();
		this.emulator.close();
	}

	/** Says yes (or no) to every question and remembers them. */
	static final class Answering implements Confirmer {

		final List<String> asked = new ArrayList<>();

		private final boolean canAsk;

		private final boolean answer;

		Answering(boolean canAsk, boolean answer) {
			this.canAsk = canAsk;
			this.answer = answer;
		}

		@Override
		public boolean canAsk() {
			return this.canAsk;
		}

		@Override
		public boolean confirm(String action) {
			this.asked.add(action);
			return this.answer;
		}

	}

}
