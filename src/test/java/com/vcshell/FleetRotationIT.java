package com.vcshell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code rotate plan|apply|status|resume} as a user runs them, every command a process of
 * the packaged application ({@code ./vcshell}), against {@code --emulator} in a JVM of
 * its own: plan three accounts, apply with one delivery failing (exit 8), fix the plan,
 * resume, and find every new pair in its profile, its delivery and the emulator. The
 * ledger's delivery is the README's file copy recipe.
 */
class FleetRotationIT {

	private static final List<String> ACCOUNTS = List.of("ci-search-api", "ci-gateway-api", "ci-ledger-api");

	@TempDir
	static Path dir;

	private static EmulatorProcess emulator;

	private static Path credentials;

	@BeforeAll
	static void startEmulator() throws Exception {
		credentials = dir.resolve("credentials");
		emulator = EmulatorProcess.start(credentials, dir.resolve("emulator-stderr.txt"));
	}

	@AfterAll
	static void stopEmulator() throws Exception {
		emulator.close();
	}

	@Test
	void planApplyStatusResumeInSeparateProcesses() throws Exception {
		Path plan = dir.resolve("ci.plan");
		Vcshell.Result planned = vcshell("rotate", "plan", "--user", String.join(",", ACCOUNTS), "--out",
				plan.toString());
		assertThat(planned.exitCode()).as(planned.err()).isZero();
		assertThat(planned.out()).contains("wrote the plan " + plan + ": 3 accounts");
		Files.writeString(plan, Files.readString(plan)
			.replace("# save_as = ci-search-api", "save_as = ci-search-api")
			.replace("# save_as = ci-gateway-api", "save_as = ci-gateway-api\ndeliver = sh -c 'exit 3'")
			.replace("# out = ci-ledger-api.credentials",
					"out = ci-ledger-api.credentials\n" + "deliver = sh -c 'umask 077; cat > ledger.delivered'"));

		Vcshell.Result applied = vcshell("rotate", "apply", plan.toString(), "--yes");

		assertThat(applied.exitCode()).as(applied.err()).isEqualTo(8);
		assertThat(applied.out()).contains("ci-search-api   rotated").contains("ci-gateway-api  delivery failed");
		Path journal = Path.of(applied.out()
			.lines()
			.filter((l) -> l.startsWith("journal: "))
			.findFirst()
			.orElseThrow()
			.substring("journal: ".length()));
		assertThat(journal).startsWith(dir.resolve("home/.vcshell/rotations"));

		Files.writeString(plan, Files.readString(plan).replace("sh -c 'exit 3'", "sh -c 'cat > gateway.delivered'"));
		Vcshell.Result resumed = vcshell("rotate", "resume", journal.toString(), "--yes");
		Vcshell.Result status = vcshell("rotate", "status", "--json");

		assertThat(resumed.exitCode()).as(resumed.err()).isZero();
		assertThat(status.exitCode()).as(status.err()).isZero();
		JsonNode accounts = JsonMapper.builder().build().readTree(status.out()).path("accounts");
		assertThat(accounts).hasSize(3)
			.allSatisfy((account) -> assertThat(account.path("state").asString()).isEqualTo("rotated"));
		String credentialsText = Files.readString(credentials);
		for (JsonNode account : accounts) {
			String now = emulator.state(account.path("user_id").asString()).path("api_id").asString();
			assertThat(account.path("new_api_id").asString()).isEqualTo(now);
		}
		assertThat(credentialsText).contains("veracode_api_key_id = " + accounts.get(0).path("new_api_id").asString());
		assertThat(Files.readString(dir.resolve("gateway.delivered")))
			.contains("veracode_api_key_id = " + accounts.get(1).path("new_api_id").asString());
		String ledgerId = "veracode_api_key_id = " + accounts.get(2).path("new_api_id").asString() + "\n";
		String ledgerSecret = Files.readString(dir.resolve("ci-ledger-api.credentials"))
			.lines()
			.filter((line) -> line.startsWith("veracode_api_key_secret = "))
			.findFirst()
			.orElseThrow();
		assertThat(Files.readString(dir.resolve("ledger.delivered"))).contains(ledgerId).contains(ledgerSecret + "\n");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("ledger.delivered"))))
			.as("the README's file copy recipe")
			.isEqualTo("rw-------");
		assertThat(Files.readString(journal)).doesNotContainPattern("[0-9a-f]{64}");
	}

	private static Vcshell.Result vcshell(String... command) throws Exception {
		String[] args = new String[command.length + 4];
		args[0] = "--credentials-file";
		args[1] = credentials.toString();
		args[2] = "--profile";
		args[3] = "demo";
		System.arraycopy(command, 0, args, 4, command.length);
		return JarProcess.run(Map.of("HOME", dir.resolve("home").toString()), null, args);
	}

}
