package com.vcshell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.emulator.SeedAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code generate} and {@code revoke} as a user runs them from the command line, against
 * the loopback emulator: a whole run of the application per command (its own Spring
 * context, started by {@link Vcshell} in this JVM, not another process), so every command
 * reads the credentials file anew. {@code RotationScriptIT} rotates in other JVMs.
 */
class CredentialRotationIT {

	@TempDir
	Path dir;

	private IdentityEmulator emulator;

	private Path credentials;

	private Path home;

	@BeforeEach
	void start() throws Exception {
		this.emulator = IdentityEmulator.start(0);
		this.credentials = this.dir.resolve("credentials");
		this.emulator.writeCredentialsFile(this.credentials);
		this.home = Files.createDirectories(this.dir.resolve("home"));
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void afterGenerateSelfTheNextProcessSignsWithTheNewKey() {
		String old = adminApiId();

		Vcshell.Result generated = run(Map.of(), "generate", "self", "--yes");
		Vcshell.Result next = run(Map.of(), "generate", "self", "--yes", "--json");

		assertThat(generated.exitCode()).as(generated.err()).isZero();
		assertThat(next.exitCode()).as(next.err()).isZero();
		assertThat(adminApiId()).isNotEqualTo(old);
		assertThat(next.out()).contains("\"api_id\" : \"" + adminApiId() + "\"").contains("\"verified\" : true");
	}

	@Test
	void aScriptWithoutYesSendsNoRequest() throws Exception {
		Path script = Files.writeString(this.dir.resolve("rotate.vcsh"), "# rotate\ngenerate self\n");
		long before = this.emulator.controls().requestCount();

		Vcshell.Result result = run(Map.of(), "--script", script.toString());

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("without --yes");
		assertThat(this.emulator.controls().requestCount()).isEqualTo(before);
	}

	@Test
	void anEnvironmentProfileNeedsSaveAsOrRevealBeforeAnyRequest() {
		SeedAccount admin = this.emulator.admin();
		Map<String, String> env = Map.of("VERACODE_API_KEY_ID", admin.apiId(), "VERACODE_API_KEY_SECRET",
				admin.apiSecret(), "VCSHELL_API_BASE_URL", this.emulator.baseUrl().toString());
		long before = this.emulator.controls().requestCount();

		Vcshell.Result refused = runWithoutProfile(env, "generate", "self", "--yes");

		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.err()).contains("--save-as").contains("--reveal");
		assertThat(this.emulator.controls().requestCount()).isEqualTo(before);

		Vcshell.Result saved = runWithoutProfile(env, "generate", "self", "--yes", "--save-as", "rotated");

		assertThat(saved.exitCode()).as(saved.err()).isZero();
		String text = read(this.credentials);
		assertThat(text).contains("[rotated]")
			.contains("veracode_api_key_id = " + adminApiId())
			.contains("api_base_url = " + this.emulator.baseUrl());
	}

	@Test
	void whenNeitherTheFileNorARescueFileCanBeWrittenTheSecretGoesToStderr() throws Exception {
		Files.createDirectory(this.dir.resolve("credentials.lock"));
		Path notAFolder = Files.writeString(this.dir.resolve("plain-file"), "");
		String before = read(this.credentials);

		Vcshell.Result result = run(Map.of("VCSHELL_HOME", notAFolder.resolve("vcshell").toString()), "generate",
				"self", "--yes");

		assertThat(result.exitCode()).isEqualTo(7);
		assertThat(read(this.credentials)).isEqualTo(before);
		assertThat(result.err()).contains("warning: the new credentials could not be saved anywhere")
			.contains("veracode_api_key_id = " + adminApiId())
			.containsPattern("veracode_api_key_secret = [0-9a-f]{64,}")
			.contains("shown above with a warning");
		assertThat(result.out()).doesNotContainPattern("[0-9a-f]{64,}");
	}

	private Vcshell.Result run(Map<String, String> env, String... command) {
		String[] args = new String[command.length + 4];
		args[0] = "--credentials-file";
		args[1] = this.credentials.toString();
		args[2] = "--profile";
		args[3] = "demo";
		System.arraycopy(command, 0, args, 4, command.length);
		return runWithoutProfile(env, args);
	}

	private Vcshell.Result runWithoutProfile(Map<String, String> env, String... args) {
		Map<String, String> variables = new java.util.HashMap<>(env);
		variables.put("HOME", this.home.toString());
		if (args.length == 0 || !args[0].equals("--credentials-file")) {
			String[] withFile = new String[args.length + 2];
			withFile[0] = "--credentials-file";
			withFile[1] = this.credentials.toString();
			System.arraycopy(args, 0, withFile, 2, args.length);
			return Vcshell.withEnv(variables).run(withFile);
		}
		return Vcshell.withEnv(variables).run(args);
	}

	private String adminApiId() {
		return this.emulator.currentApiId(this.emulator.admin().userId()).orElseThrow();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
