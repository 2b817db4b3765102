package com.vcshell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history rules of the README at a real terminal (tmux): ordinary lines are listed by
 * {@code history} and kept in {@code $VCSHELL_HOME/history} (0600, in a 0700 folder);
 * secret-like lines (32 or more hex digits, {@code vera01} in any case) are neither
 * listed nor written; a second session sees the first one's lines.
 */
class HistoryIT {

	private static final Duration SHORT = Duration.ofSeconds(15);

	private static final String HEX = "0123456789abcdef0123456789ABCDEF";

	@TempDir
	Path dir;

	@BeforeAll
	static void needsTmux() {
		TerminalSession.requireTmux();
	}

	@Test
	void ordinaryLinesAreKeptAndSecretLikeOnesNever() throws Exception {
		Path vcshellHome = this.dir.resolve("vcshell");
		Map<String, String> env = Map.of("HOME", this.dir.toString(), "VCSHELL_HOME", vcshellHome.toString());
		try (TerminalSession shell = TerminalSession.start(env)) {
			shell.waitForPrompt();
			run(shell, "format json");
			run(shell, "format " + HEX);
			run(shell, "format VERA01ei-key");
			shell.line("history");
			String screen = shell.waitForPrompts(shell.count("vcshell["));
			shell.line("exit");
			shell.waitFor("EXITED=0", SHORT);

			String listed = screen.substring(screen.lastIndexOf("> history"));
			assertThat(listed).contains("format json").doesNotContain(HEX).doesNotContainIgnoringCase("vera01");
		}
		Path history = vcshellHome.resolve("history");
		assertThat(Files.readString(history)).contains("format json")
			.doesNotContainIgnoringCase(HEX)
			.doesNotContainIgnoringCase("vera01");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(history))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(vcshellHome))).isEqualTo("rwx------");

		try (TerminalSession second = TerminalSession.start(env)) {
			second.waitForPrompt();
			second.line("history");
			second.waitFor("format json", SHORT);
			second.line("exit");
			second.waitFor("EXITED=0", SHORT);
		}
	}

	/** Types a command and waits for the prompt after it. */
	private static void run(TerminalSession shell, String command) throws Exception {
		int prompts = shell.count("vcshell[");
		shell.line(command);
		shell.waitForPrompts(prompts);
	}

}
