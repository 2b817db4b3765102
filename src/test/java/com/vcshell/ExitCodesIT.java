package com.vcshell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-shot mode against the emulator: one case per exit code of design §5, each with its
 * one-line message on stderr. (Code 1, an unexpected internal error, has no user path by
 * definition; {@code ExitMapperTests} covers its mapping, and {@code DebugTraceTests} an
 * emulator that cannot start.)
 */
class ExitCodesIT {

	@TempDir
	static Path dir;

	/** One emulator; a fresh credentials file and HOME for each test. */
	@RegisterExtension
	static final EmulatorHome fixture = EmulatorHome.wholeClass(() -> dir);

	@BeforeEach
	void noFaultsLeft() {
		fixture.emulator().controls().reset();
	}

	private Vcshell.Result run(String profile, String... command) {
		return Vcshell.withEnv(Map.of("HOME", fixture.home().toString()))
			.withArgs("--credentials-file", fixture.credentials().toString(), "--profile", profile)
			.run(command);
	}

	@Test
	void zeroOnSuccess() {
		Vcshell.Result result = run("demo", "whoami", "--json");

		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).contains(fixture.emulator().admin().userName());
		assertThat(result.err()).isEmpty();
	}

	@Test
	void twoForUsageErrors() {
		assertThat(run("demo", "users", "list", "--type", "robots").exitCode()).isEqualTo(2);
		long requests = fixture.emulator().controls().requestCount();
		Vcshell.Result refused = run("demo", "revoke", "self");
		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.err()).contains("without --yes");
		assertThat(fixture.emulator().controls().requestCount()).as("nothing sent").isEqualTo(requests);
	}

	@Test
	void threeForAnUnknownProfile() {
		Vcshell.Result result = run("no-such-profile", "whoami");

		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(result.err().lines()).hasSize(1).first().asString().contains("no-such-profile");
	}

	@Test
	void fourWhenTheApiRefuses() {
		Vcshell.Result forbidden = run("demo-readonly", "users", "list");

		assertThat(forbidden.exitCode()).isEqualTo(4);
		assertThat(forbidden.err()).startsWith("error: 403").contains("Admin API");
	}

	@Test
	void fiveWhenNotFound() {
		Vcshell.Result result = run("demo", "users", "show", "00000000-0000-4000-8000-000000000000");

		assertThat(result.exitCode()).isEqualTo(5);
		assertThat(result.err()).startsWith("error: 404");
	}

	@Test
	void sixWhenTheApiIsUnavailable() {
		fixture.emulator().controls().failNext(1, 500);

		Vcshell.Result result = run("demo", "whoami");

		assertThat(result.exitCode()).isEqualTo(6);
		assertThat(result.err().lines()).hasSize(1)
			.first()
			.asString()
			.contains("(500 Internal Server Error)")
			.contains("try again later");
	}

	@Test
	void sevenWhenNewCredentialsCouldNotBeSavedWhereAsked() throws Exception {
		// the credentials file cannot be locked, so the save fails after the pair was
		// generated
		Files.createDirectory(fixture.credentials().resolveSibling("credentials.lock"));
		String before = fixture.adminApiId();

		Vcshell.Result result = run("demo", "generate", "self", "--yes");

		assertThat(result.exitCode()).isEqualTo(7);
		assertThat(result.err()).contains("rescue-");
		assertThat(fixture.emulator().currentApiId(fixture.emulator().admin().userId())).isPresent()
			.get()
			.isNotEqualTo(before);
	}

}
