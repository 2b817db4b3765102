package com.vcshell;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.emulator.SeedAccount;
import com.vcshell.identity.IdentityClientSettings;
import com.vcshell.identity.RestIdentityClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code profile check}, {@code profile list --check} and {@code version} as users run
 * them: at a real terminal against {@code --demo}, from the command line in another JVM,
 * and in this one.
 */
class ProfileCheckIT {

	private static final Duration LONG = Duration.ofSeconds(45);

	private static final Duration SHORT = Duration.ofSeconds(15);

	@TempDir
	Path dir;

	@RegisterExtension
	final EmulatorHome fixture = EmulatorHome.eachTest(() -> this.dir);

	@Test
	void atTheDemoOneRevokedAndOneDeadProfileFailTheCheckAndTheShellStays() throws Exception {
		TerminalSession.requireTmux();
		int dead = deadPort();
		try (TerminalSession shell = TerminalSession.start(Map.of("HOME", this.fixture.home().toString()), "--demo")) {
			shell.waitForPrompt();
			shell.line("revoke user vcshell-readonly-api --yes");
			shell.waitFor("vcshell-readonly-api", SHORT);
			shell.line("profile add dead --api-base-url http://127.0.0.1:" + dead);
			shell.waitFor("API key id:", SHORT);
			shell.line("3ddaeeb10ca690df3fee5e3bd1c329fa");
			shell.waitFor("API key secret:", SHORT);
			shell.line("0123456789abcdef");
			shell.waitFor("saved profile [dead]", SHORT);

			shell.line("profile check");
			String screen = shell.waitFor("error: 2 of 3 profiles not valid", LONG);

			assertThat(row(screen, "demo ")).contains("vcshell-admin-api").endsWith("valid");
			assertThat(row(screen, "demo-readonly ")).endsWith("revoked or wrong key");
			assertThat(row(screen, "dead ")).endsWith("unreachable");
			assertThat(screen)
				.contains(
						"[demo-readonly] 401 Unauthorized on GET /api/authn/v2/api_credentials: the key may be revoked")
				.contains("[dead] cannot reach 127.0.0.1: connection refused")
				.contains("[demo-readonly] revoked or wrong key, [dead] unreachable")
				.doesNotContain("EXITED=");
			shell.waitForPrompt(SHORT);
		}
	}

	@Test
	void tabCompletesEveryProfileArgument() throws Exception {
		TerminalSession.requireTmux();
		appendAdmin("zeta-extra");
		try (TerminalSession shell = TerminalSession.start(Map.of("HOME", this.fixture.home().toString()),
				"--credentials-file", this.fixture.credentials().toString(), "--profile", "demo")) {
			shell.waitForPrompt();
			shell.type("profile check ").keys("Tab");
			shell.waitFor("zeta-extra", SHORT);
			shell.keys("C-u");
			shell.type("profile check demo zeta-e").keys("Tab");
			shell.waitFor("profile check demo zeta-extra", SHORT);
			shell.keys("Enter");

			String screen = shell.waitFor("STATUS", SHORT);
			shell.waitForPrompt(SHORT);
			assertThat(row(shell.screen(), "zeta-extra ")).endsWith("valid");
			assertThat(screen).doesNotContain("error:");
		}
	}

	@Test
	void fromTheCommandLineTheWorstStatusIsTheExitCode() throws Exception {
		revoke(this.fixture.emulator().readOnly());

		Vcshell.Result result = JarProcess.run(Map.of("HOME", this.fixture.home().toString()), null,
				"--credentials-file", this.fixture.credentials().toString(), "profile", "check", "--json");

		assertThat(result.exitCode()).as(result.err()).isEqualTo(4);
		JsonNode checks = JsonMapper.builder().build().readTree(result.out());
		assertThat(checks).hasSize(2);
		assertThat(checks.get(0).get("status").asString()).isEqualTo("valid");
		assertThat(checks.get(0).get("account").asString()).isEqualTo("vcshell-admin-api");
		assertThat(checks.get(1).get("status").asString()).isEqualTo("revoked or wrong key");
		assertThat(checks.get(1).get("problem").asString()).contains("401");
		assertThat(result.err().lines().toList())
			.containsExactly("error: 1 of 2 profiles not valid: [demo-readonly] revoked or wrong key");
	}

	@Test
	void inThisJvmWithinAndListCheckSayTheSame() {
		Vcshell vcshell = Vcshell.withEnv(Map.of("HOME", this.fixture.home().toString()));
		String file = this.fixture.credentials().toString();

		Vcshell.Result valid = vcshell.run("--credentials-file", file, "profile", "check");
		Vcshell.Result within = vcshell.run("--credentials-file", file, "profile", "check", "--within", "200", "--csv");
		Vcshell.Result list = vcshell.run("--credentials-file", file, "--profile", "demo", "profile", "list",
				"--check");

		assertThat(valid.exitCode()).as(valid.err()).isZero();
		assertThat(valid.out()).contains("vcshell-readonly-api").doesNotContain("expiring");
		assertThat(within.exitCode()).isEqualTo(3);
		assertThat(within.out().lines().toList()).hasSize(3)
			.first()
			.isEqualTo("profile,account,region,api_base_url,api_key_id,expiration,days_left,status,problem");
		assertThat(within.out()).contains(",240,valid,").contains(",120,expiring,");
		assertThat(list.exitCode()).isZero();
		assertThat(list.out().lines().toList().get(1)).startsWith("*  demo ").endsWith("valid");
	}

	@Test
	void versionSaysWhichBuildJavaAndHost() throws Exception {
		Vcshell.Result other = JarProcess.run(Map.of("HOME", this.fixture.home().toString()), null,
				"--credentials-file", this.fixture.credentials().toString(), "--profile", "demo", "--version");
		Vcshell.Result here = Vcshell.withEnv(Map.of("HOME", this.fixture.home().toString())).run("version", "--json");

		assertThat(other.exitCode()).as(other.err()).isZero();
		List<String> lines = other.out().lines().toList();
		assertThat(lines.get(0)).matches("vcshell +\\d+\\.\\d+\\.\\d+.*");
		assertThat(lines.get(1)).matches("commit +[0-9a-f]{12}(-dirty)?");
		assertThat(lines.get(2)).startsWith("java").contains(Runtime.version().feature() + ".");
		assertThat(lines.get(3)).isEqualTo("api host  127.0.0.1 (profile demo)");
		assertThat(here.exitCode()).isZero();
		assertThat(here.out()).contains("\"commit\"").contains("\"api_host\" : \"none: no usable profile\"");
	}

	/** The line of a table that starts with {@code start}, without trailing blanks. */
	private static String row(String screen, String start) {
		return screen.lines()
			.map(String::stripTrailing)
			.filter((line) -> line.startsWith(start))
			.reduce((first, last) -> last)
			.orElseThrow(() -> new AssertionError("no row " + start + " in:\n" + screen));
	}

	private void appendAdmin(String name) throws Exception {
		SeedAccount admin = this.fixture.emulator().admin();
		Files.writeString(this.fixture.credentials(),
				Files.readString(this.fixture.credentials()) + "\n[" + name + "]\nveracode_api_key_id = "
						+ admin.apiId() + "\nveracode_api_key_secret = " + admin.apiSecret() + "\napi_base_url = "
						+ this.fixture.emulator().baseUrl() + "\n");
	}

	private void revoke(SeedAccount account) {
		SeedAccount admin = this.fixture.emulator().admin();
		RestIdentityClient
			.create(this.fixture.emulator().baseUrl(), () -> ApiCredentials.of(admin.apiId(), admin.apiSecret()),
					IdentityClientSettings.defaults(Map.of()))
			.revokeForUser(account.userId());
	}

	private static int deadPort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
