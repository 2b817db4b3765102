package com.vcshell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.emulator.EmulatorControls;

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

	@RegisterExtension
	final EmulatorHome fixture = EmulatorHome.eachTest(() -> this.dir).atATerminal();

	@Test
	void ctrlCWhileTheRequestIsInFlightFinishesSavingTheNewPairAndTheShellStays() throws Exception {
		EmulatorControls controls = this.fixture.emulator().controls();
		String before = this.fixture.adminApiId();
		try (TerminalSession shell = TerminalSession.start(Map.of("HOME", this.fixture.home().toString()),
				"--credentials-file", this.fixture.credentials().toString(), "--profile", "demo")) {
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
			String after = this.fixture.adminApiId();
			assertThat(after).as("the emulator rotated the key").isNotEqualTo(before);
			Path expected = this.dir.resolve("expected");
			this.fixture.emulator().writeCredentialsFile(expected);
			assertThat(Files.readString(this.fixture.credentials())).as("the profile holds the emulator's current pair")
				.contains(demoPair(Files.readString(expected)));
			assertThat(Files.readAllLines(this.fixture.home().resolve(".vcshell/audit.log")))
				.anySatisfy((line) -> assertThat(line).contains("\"operation\":\"generate-self\"",
						"\"api_id\":\"" + after + "\"", "\"outcome\":\"ok\""));
			assertThat(Files.list(this.fixture.home().resolve(".vcshell/pending"))).as("no pending journal entry")
				.isEmpty();

			// the shell goes on, signing with the new pair
			shell.line("expiration self");
			shell.waitFor("valid", SHORT);
			shell.line("exit");
			shell.waitFor("EXITED=0", SHORT);
		}
	}

	/** The {@code [demo]} section's id and secret lines. */
	private static String demoPair(String file) {
		List<String> lines = file.lines().toList();
		int section = lines.indexOf("[demo]");
		return lines.get(section + 1) + "\n" + lines.get(section + 2);
	}

}
