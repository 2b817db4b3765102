package com.vcshell;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The interactive shell at a real terminal (tmux), from the built jar. */
class InteractiveShellIT {

	private static final Duration SHORT = Duration.ofSeconds(15);

	@BeforeAll
	static void needsTmux() {
		assumeThat(TerminalSession.available()).as("tmux is installed (.ci/run installs it)").isTrue();
	}

	@Test
	void startsToAPromptCompletesRunsAndLeavesCleanly() throws Exception {
		try (TerminalSession shell = TerminalSession.start(Map.of("HOME", "/tmp/vcshell-it-empty-home"))) {
			shell.waitForPrompt();

			// tab completion of a command name
			shell.type("hel").keys("Tab").keys("Enter");
			shell.waitFor("Built-In Commands", SHORT);

			// Ctrl-C clears a half-typed line and the shell stays
			shell.waitForPrompt(SHORT);
			shell.type("half typed line");
			shell.waitFor("half typed line", SHORT);
			int prompts = shell.count("vcshell");
			shell.keys("C-c");
			shell.waitForPrompts(prompts);
			shell.line("hepl");
			String screen = shell.waitFor("did you mean 'help'?", SHORT);
			assertThat(screen).doesNotContain("EXITED=");

			// exit leaves with code 0
			shell.line("exit");
			shell.waitFor("EXITED=0", SHORT);
		}
	}

	@Test
	void demoOpensAWorkingShellOnTheEmulatorAndCleansUp() throws Exception {
		try (TerminalSession shell = TerminalSession.start(Map.of("HOME", "/tmp/vcshell-it-empty-home"), "--demo")) {
			shell.waitFor("vcshell[demo@");
			shell.waitForPrompt();

			// a partly typed profile name completes, and the prompt follows the switch
			shell.type("profile use demo-r").keys("Tab");
			shell.waitFor("profile use demo-readonly", SHORT);
			shell.keys("Enter");
			shell.waitFor("vcshell[demo-readonly@", SHORT);
			shell.line("profile show");
			String screen = shell.waitFor("api base url", SHORT);
			String credentials = screen.lines()
				.filter(line -> line.startsWith("source"))
				.map(line -> line.substring("source".length()).strip())
				.findFirst()
				.orElseThrow();
			assertThat(java.nio.file.Path.of(credentials)).exists();

			shell.line("exit");
			shell.waitFor("EXITED=0", SHORT);
			assertThat(java.nio.file.Path.of(credentials)).as("the demo's temporary credentials file").doesNotExist();
		}
	}

	@Test
	void generateSelfConfirmsAtTheTerminalAndUserNamesComplete() throws Exception {
		try (TerminalSession shell = TerminalSession.start(Map.of("HOME", "/tmp/vcshell-it-generate-home"), "--demo")) {
			shell.waitFor("vcshell[demo@");
			shell.waitForPrompt();

			// a service account's name completes from the tenant; a first lookup slower
			// than the 1.5 s Tab waits (a busy machine) fills the cache for the next Tab
			shell.type("expiration user ci-paym").keys("Tab");
			for (int tab = 0; tab < 5 && !shell.screen().contains("expiration user ci-payments-api"); tab++) {
				Thread.sleep(2000);
				shell.keys("Tab");
			}
			shell.waitFor("expiration user ci-payments-api", SHORT);
			shell.keys("Enter");
			shell.waitFor("status", SHORT);

			// generate self asks y/N, then switches, saves and proves the new key
			int prompts = shell.count("vcshell[");
			shell.line("generate self");
			shell.waitFor("[y/N]", SHORT);
			shell.line("y");
			String screen = shell.waitFor("verified", SHORT);
			assertThat(screen).contains("****");
			shell.waitForPrompts(prompts);
			shell.line("expiration self");
			shell.waitFor("valid", SHORT);
			shell.line("exit");
			shell.waitFor("EXITED=0", SHORT);
		}
	}

	@Test
	void ctrlDOnAnEmptyLineLeaves() throws Exception {
		try (TerminalSession shell = TerminalSession.start(Map.of("HOME", "/tmp/vcshell-it-empty-home"))) {
			shell.waitForPrompt();
			shell.keys("C-d");
			shell.waitFor("EXITED=0", SHORT);
		}
	}

}
