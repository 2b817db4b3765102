package com.vcshell;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realistic rotation of issue 6, all out of process: {@code --emulator} serves in one
 * JVM; a command file rotates three service accounts into three profiles and reports
 * expiries as JSON in another.
 */
class RotationScriptIT {

	private static final String ROTATION = """
			# rotate three CI service accounts into their own profiles
			generate user ci-payments-api --save-as ci-payments --yes
			generate user ci-checkout-api --save-as ci-checkout --yes

			generate user ci-inventory-api --save-as ci-inventory --yes
			expiration report --json
			""";

	@TempDir
	static Path dir;

	private static Process emulator;

	private static Path credentials;

	@BeforeAll
	static void startEmulatorProcess() throws Exception {
		credentials = dir.resolve("credentials");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		emulator = new ProcessBuilder(java, "-jar", "target/vcshell.jar", "--emulator", "--port", "0",
				"--credentials-out", credentials.toString())
			.redirectError(dir.resolve("emulator-stderr.txt").toFile())
			.start();
		String baseUrl = new BufferedReader(new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8))
			.readLine();
		assertThat(baseUrl).startsWith("http://127.0.0.1:");
	}

	@AfterAll
	static void stopEmulatorProcess() throws Exception {
		emulator.destroy();
		emulator.waitFor(15, TimeUnit.SECONDS);
	}

	@Test
	void rotatesThreeServiceAccountsIntoProfilesThenReportsExpiriesAsJson() throws Exception {
		Path script = dir.resolve("rotate.vcsh");
		Files.writeString(script, ROTATION);

		Vcshell.Result result = JarProcess.run(Map.of("HOME", dir.toString()), null, "--credentials-file",
				credentials.toString(), "--profile", "demo", "--script", script.toString());

		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.err()).contains("script: 4 commands, 4 succeeded, 0 failed");
		String credentialsFile = Files.readString(credentials);
		assertThat(credentialsFile).contains("[ci-payments]", "[ci-checkout]", "[ci-inventory]", "[demo]");
		JsonNode report = JsonMapper.builder()
			.build()
			.readTree(result.out().substring(result.out().indexOf("> expiration report --json") + 27));
		List<String> rotated = new ArrayList<>();
		for (JsonNode row : report) {
			String name = row.get("user_name").asString();
			if (name.equals("ci-payments-api") || name.equals("ci-checkout-api") || name.equals("ci-inventory-api")) {
				assertThat(row.get("status").asString()).as(name).isEqualTo("valid");
				rotated.add(name);
			}
		}
		assertThat(rotated).hasSize(3);

		// each new profile works on its own
		Vcshell.Result whoami = JarProcess.run(Map.of("HOME", dir.toString()), null, "--credentials-file",
				credentials.toString(), "--profile", "ci-checkout", "whoami", "--json");
		assertThat(whoami.exitCode()).as(whoami.err()).isZero();
		assertThat(whoami.out()).contains("ci-checkout-api");
	}

	@Test
	void aFailingRotationStopsTheScriptWithItsExitCode() throws Exception {
		Path script = dir.resolve("broken.vcsh");
		Files.writeString(script, """
				generate user no-such-service-account --save-as nowhere --yes
				expiration report --json
				""");

		Vcshell.Result stopped = JarProcess.run(Map.of("HOME", dir.toString()), null, "--credentials-file",
				credentials.toString(), "--profile", "demo", "--script", script.toString());
		Vcshell.Result goneOn = JarProcess.run(Map.of("HOME", dir.toString()), null, "--credentials-file",
				credentials.toString(), "--profile", "demo", "--continue-on-error", "--script", script.toString());

		assertThat(stopped.exitCode()).isEqualTo(5);
		assertThat(stopped.err()).contains("script: 1 command, 0 succeeded, 1 failed");
		assertThat(goneOn.exitCode()).isEqualTo(5);
		assertThat(goneOn.err()).contains("script: 2 commands, 1 succeeded, 1 failed");
		assertThat(goneOn.out()).contains("> expiration report --json").contains("\"user_name\"");
		assertThat(Files.readString(credentials)).doesNotContain("[nowhere]");
	}

}
