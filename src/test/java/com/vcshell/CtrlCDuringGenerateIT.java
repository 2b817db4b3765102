package com.vcshell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.emulator.EmulatorControls;
import com.vcshell.emulator.IdentityEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 §1 at a real terminal (tmux, the launcher, the emulator of this JVM holding
 * the request back): Ctrl-C while {@code generate self} is in flight does not cancel it.
 * The shell says once that it is finishing, the emulator's new pair ends in the profile,
 * the audit log has its line, and the shell stays.
 */
class CtrlCDuringGenerateIT {

	private static final Duration SHORT = Duration.ofSeconds(20);

	@TempDir
	Path dir;

	private IdentityEmulator emulator;

	private Path credentials;

	private Path home;

	@BeforeAll
	static void needsTmux() {
		TerminalSession.requireTmux();
	}

	@BeforeEach
	void startEmulator() throws Exception {
		this.emulator = IdentityEmulator.start(0);
		this.credentials = this.dir.resolve("credentials");
		this.emulator.writeCredentialsFile(this.credentials);
		this.home = Files.createDirectories(this.dir.resolve("home"));
	}

	@AfterEach
	void stopEmulator() {
		this.emulator.close();
	}

	@Test
	void ctrlCWhileTheRequestIsInFlightFinishesSavingTheNewPairAndTheShellStays() throws Exception {
		EmulatorControls controls = this.emulator.controls();
		String before = currentApiId();
		try (TerminalSession shell = TerminalSession.start(Map.of("HOME", this.home.toString()), "--credentials-file",
				this.credentials.toString(), "--profile", "demo")) {
			shell.waitForPrompt();
			TerminalSession.await("the prompt's expiry lookup", SHORT,
					() -> controls.requestCount() >= 1 && controls.inFlight() == 0);
			shell.line("generate self");
			shell.waitFor("[y/N]", SHORT);
			long requests = controls.requestCount();
			controls.delayNext(1, Duration.ofSeconds(3));
			shell.line("y");
			TerminalSession.await("the generate's request to arrive", SHORT,
					() -> controls.requestCount() > requests && controls.inFlight() == 1);

			shell.keys("C-c");
			shell.waitFor("finishing: saving the new credentials", SHORT);
			shell.keys("C-c"); // a second one changes nothing either
			String screen = shell.waitFor("verified", SHORT);
			shell.waitForPrompt(SHORT);

			assertThat(shell.count("finishing: saving the new credentials")).isEqualTo(1);
			assertThat(screen).doesNotContain("error:").doesNotContain("interrupted").doesNotContain("EXITED=");
			String after = currentApiId();
			assertThat(after).as("the emulator rotated the key").isNotEqualTo(before);
			Path expected = this.dir.resolve("expected");
			this.emulator.writeCredentialsFile(expected);
			assertThat(Files.readString(this.credentials)).as("the profile holds the emulator's current pair")
				.contains(demoPair(Files.readString(expected)));
			assertThat(Files.readAllLines(this.home.resolve(".vcshell/audit.log")))
				.anySatisfy((line) -> assertThat(line).contains("\"operation\":\"generate-self\"",
						"\"api_id\":\"" + after + "\"", "\"outcome\":\"ok\""));
			assertThat(Files.list(this.home.resolve(".vcshell/pending"))).as("no pending journal entry").isEmpty();

			// the shell goes on, signing with the new pair
			shell.line("expiration self");
			shell.waitFor("valid", SHORT);
			shell.line("exit");
			shell.waitFor("EXITED=0", SHORT);
		}
	}

	private String currentApiId() {
		return this.emulator.currentApiId(this.emulator.admin().userId()).orElseThrow();
	}

	/** The {@code [demo]} section's id and secret lines. */
	private static String demoPair(String file) {
		List<String> lines = file.lines().toList();
		int section = lines.indexOf("[demo]");
		return lines.get(section + 1) + "\n" + lines.get(section + 2);
	}

}
