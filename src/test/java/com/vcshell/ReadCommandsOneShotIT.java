package com.vcshell;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.emulator.SeedAccount;
import com.vcshell.identity.IdentityClientSettings;
import com.vcshell.identity.RestIdentityClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-only identity commands from the command line, as scripts run them: exit codes,
 * stdout and stderr.
 */
class ReadCommandsOneShotIT {

	@TempDir
	Path home;

	@Test
	void withoutAnyProfileACommandExitsThreeWithTheProfileMessage() {
		Vcshell.Result result = Vcshell.withEnv(Map.of("HOME", this.home.toString())).run("expiration", "self");

		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(result.err()).startsWith("error: ").contains("--demo");
		assertThat(result.err().lines().filter((line) -> line.startsWith("error: "))).hasSize(1);
		assertThat(result.out()).isEmpty();
	}

	@Test
	void aKeyRevokedInTheTenantExitsFourWithThe401Diagnosis() {
		try (IdentityEmulator emulator = IdentityEmulator.start(0)) {
			Path credentials = this.home.resolve("credentials");
			emulator.writeCredentialsFile(credentials);
			SeedAccount admin = emulator.admin();
			RestIdentityClient
				.create(emulator.baseUrl(), () -> ApiCredentials.of(admin.apiId(), admin.apiSecret()),
						IdentityClientSettings.defaults(Map.of()))
				.revokeForUser(emulator.readOnly().userId());

			Vcshell.Result result = run(credentials, "demo-readonly", "expiration", "self");

			assertThat(result.exitCode()).isEqualTo(4);
			assertThat(result.err()).startsWith("error: 401")
				.contains("GET /api/authn/v2/api_credentials")
				.contains("the key may be revoked");
		}
	}

	@Test
	void aPipedReportHasNoProgressBarAndTheWholeTenant() {
		try (IdentityEmulator emulator = IdentityEmulator.start(0)) {
			Path credentials = this.home.resolve("credentials");
			emulator.writeCredentialsFile(credentials);

			Vcshell.Result result = run(credentials, "demo", "expiration", "report", "--csv");

			assertThat(result.exitCode()).isZero();
			assertThat(result.out().split("\r\n")).hasSize(emulator.serviceAccounts().size() + 3);
			assertThat(result.err()).doesNotContain("\r").doesNotContain("#");
		}
	}

	private Vcshell.Result run(Path credentials, String profile, String... command) {
		String[] args = new String[command.length + 4];
		args[0] = "--credentials-file";
		args[1] = credentials.toString();
		args[2] = "--profile";
		args[3] = profile;
		System.arraycopy(command, 0, args, 4, command.length);
		return Vcshell.withEnv(Map.of("HOME", this.home.toString())).run(args);
	}

}
