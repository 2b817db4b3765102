package com.vcshell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

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

	@RegisterExtension
	final EmulatorHome fixture = EmulatorHome.eachTest(() -> this.dir);

	@Test
	void afterGenerateSelfTheNextProcessSignsWithTheNewKey() {
		String old = this.fixture.adminApiId();

		Vcshell.Result generated = run(Map.of(), "generate", "self", "--yes");
		Vcshell.Result next = run(Map.of(), "generate", "self", "--yes", "--json");

		assertThat(generated.exitCode()).as(generated.err()).isZero();
		assertThat(next.exitCode()).as(next.err()).isZero();
		assertThat(this.fixture.adminApiId()).isNotEqualTo(old);
		assertThat(next.out()).contains("\"api_id\" : \"" + this.fixture.adminApiId() + "\"")
			.contains("\"verified\" : true");
	}

	@Test
	void aScriptWithoutYesSendsNoRequest() throws Exception {
		Path script = Files.writeString(this.dir.resolve("rotate.vcsh"), "# rotate\ngenerate self\n");
		long before = this.fixture.emulator().controls().requestCount();

		Vcshell.Result result = run(Map.of(), "--script", script.toString());

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("without --yes");
		assertThat(this.fixture.emulator().controls().requestCount()).isEqualTo(before);
	}

	@Test
	void anEnvironmentProfileNeedsSaveAsOrRevealBeforeAnyRequest() {
		SeedAccount admin = this.fixture.emulator().admin();
		Map<String, String> env = Map.of("VERACODE_API_KEY_ID", admin.apiId(), "VERACODE_API_KEY_SECRET",
				admin.apiSecret(), "VCSHELL_API_BASE_URL", this.fixture.emulator().baseUrl().toString());
		long before = this.fixture.emulator().controls().requestCount();

		Vcshell.Result refused = runWithoutProfile(env, "generate", "self", "--yes");

		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.err()).contains("--save-as").contains("--reveal");
		assertThat(this.fixture.emulator().controls().requestCount()).isEqualTo(before);

		Vcshell.Result saved = runWithoutProfile(env, "generate", "self", "--yes", "--save-as", "rotated");

		assertThat(saved.exitCode()).as(saved.err()).isZero();
		String text = read(this.fixture.credentials());
		assertThat(text).contains("[rotated]")
			.contains("veracode_api_key_id = " + this.fixture.adminApiId())
			.contains("api_base_url = " + this.fixture.emulator().baseUrl());
	}

	/**
	 * Without a pending journal, nothing is sent: a pair that could then be saved nowhere
	 * would be lost with the process. (A pair saved nowhere once the journal holds it
	 * goes to stderr, then stdout: {@code LastResortIT}.)
	 */
	@Test
	void whenNeitherTheFileNorThePendingJournalCanBeWrittenNothingIsGenerated() throws Exception {
		Files.createDirectory(this.dir.resolve("credentials.lock"));
		Path notAFolder = Files.writeString(this.dir.resolve("plain-file"), "");
		String before = read(this.fixture.credentials());
		String key = this.fixture.adminApiId();

		Vcshell.Result result = run(Map.of("VCSHELL_HOME", notAFolder.resolve("vcshell").toString()), "generate",
				"self", "--yes");

		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(result.err()).contains("warning: cannot list the pending journal ") // at
																						// start-up
			.contains("\nerror: cannot write the pending journal in ")
			.endsWith("; nothing was generated\n");
		assertThat(this.fixture.adminApiId()).as("nothing was sent").isEqualTo(key);
		assertThat(read(this.fixture.credentials())).isEqualTo(before);
		assertThat(result.out()).doesNotContainPattern("[0-9a-f]{64,}");
	}

	/** {@code --credentials-file FILE --profile demo command}. */
	private Vcshell.Result run(Map<String, String> env, String... command) {
		return vcshell(env).withArgs("--profile", "demo").run(command);
	}

	/** {@code --credentials-file FILE args}. */
	private Vcshell.Result runWithoutProfile(Map<String, String> env, String... args) {
		return vcshell(env).run(args);
	}

	/** With HOME added to {@code env}, and the credentials file. */
	private Vcshell vcshell(Map<String, String> env) {
		Map<String, String> variables = new java.util.HashMap<>(env);
		variables.put("HOME", this.fixture.home().toString());
		return Vcshell.withEnv(variables).withArgs("--credentials-file", this.fixture.credentials().toString());
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
