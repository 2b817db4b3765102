package com.vcshell;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.admin.UsageException;
import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.identity.VeracodeApiException;
import com.vcshell.profile.ProfileException;
import com.vcshell.shell.SecretNotSavedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --debug} on one failure of each exit code (design §5), in one-shot mode against
 * the emulator: the stack trace of what was thrown, then the one {@code error:} line, as
 * without {@code --debug}.
 */
class DebugTraceTests {

	@TempDir
	Path dir;

	private IdentityEmulator emulator;

	private Path credentials;

	private Vcshell vcshell;

	@BeforeEach
	void tenant() throws IOException {
		this.emulator = IdentityEmulator.start(0);
		this.credentials = this.dir.resolve("veracode/credentials");
		this.emulator.writeCredentialsFile(this.credentials);
		this.vcshell = Vcshell.withEnv(Map.of("HOME", Files.createDirectories(this.dir.resolve("home")).toString()));
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void oneForAnEmulatorThatCannotStart() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			String port = String.valueOf(taken.getLocalPort());

			Vcshell.Result result = this.vcshell.run("--debug", "--emulator", "--port", port);

			assertTraceThenOneLine(result, 1, java.net.BindException.class);
		}
	}

	@Test
	void twoForABadArgument() {
		assertTraceThenOneLine(run("demo", "users", "list", "--type", "robots"), 2, UsageException.class);
	}

	@Test
	void threeForAnUnknownProfile() {
		Vcshell.Result result = run("demo", "profile", "use", "nosuch");

		assertTraceThenOneLine(result, 3, ProfileException.class);
		assertThat(last(result)).contains("nosuch");
	}

	@Test
	void fourWhenTheApiRefuses() {
		assertTraceThenOneLine(run("demo-readonly", "users", "list"), 4, VeracodeApiException.class);
	}

	@Test
	void fiveWhenNotFound() {
		assertTraceThenOneLine(run("demo", "users", "show", "00000000-0000-4000-8000-000000000000"), 5,
				VeracodeApiException.class);
	}

	@Test
	void sixWhenTheApiIsUnavailable() {
		this.emulator.controls().failNext(1, 500);

		assertTraceThenOneLine(run("demo", "whoami"), 6, VeracodeApiException.class);
	}

	@Test
	void sevenWhenTheNewPairCouldNotBeSaved() throws IOException {
		Files.createDirectory(this.credentials.resolveSibling("credentials.lock"));

		Vcshell.Result result = run("demo", "generate", "self", "--yes");

		assertTraceThenOneLine(result, 7, SecretNotSavedException.class);
		assertThat(last(result)).contains("rescue file");
	}

	@Test
	void withoutDebugTheSameFailureIsOneLine() {
		Vcshell.Result result = this.vcshell.run("--credentials-file", this.credentials.toString(), "profile", "use",
				"nosuch");

		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(result.err().lines()).singleElement().asString().startsWith("error: no profile [nosuch]");
	}

	private Vcshell.Result run(String profile, String... command) {
		List<String> args = new java.util.ArrayList<>(
				List.of("--debug", "--credentials-file", this.credentials.toString(), "--profile", profile));
		args.addAll(List.of(command));
		return this.vcshell.run(args.toArray(String[]::new));
	}

	private static void assertTraceThenOneLine(Vcshell.Result result, int code, Class<?> thrown) {
		assertThat(result.exitCode()).as(result.err()).isEqualTo(code);
		List<String> lines = result.err().lines().toList();
		assertThat(result.err()).contains(thrown.getName()).contains("\tat com.vcshell.");
		assertThat(lines).filteredOn((line) -> line.startsWith("error: ")).hasSize(1);
		assertThat(lines.get(lines.size() - 1)).startsWith("error: ");
		assertThat(result.out()).doesNotContain("\tat ");
	}

	private static String last(Vcshell.Result result) {
		List<String> lines = result.err().lines().toList();
		return lines.get(lines.size() - 1);
	}

}
