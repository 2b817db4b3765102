package com.vcshell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.emulator.EmulatorControls;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interactive shell at a real terminal (tmux), from the built jar through the
 * launcher, against the loopback emulator of this JVM or the shell's own {@code --demo}.
 */
class InteractiveShellIT {

	private static final Duration SHORT = Duration.ofSeconds(15);

	private static final String ID = "3ddaeeb10ca690df3fee5e3bd1c329fa";

	/** Short enough that the history's secret-like filter would not catch it. */
	private static final String SECRET = "5ec2e75ec2e70a0b";

	@TempDir
	Path dir;

	@RegisterExtension
	final EmulatorHome fixture = EmulatorHome.eachTest(() -> this.dir).atATerminal();

	@Test
	void startsToAPromptCompletesRunsAndLeavesCleanly() throws Exception {
		try (TerminalSession shell = TerminalSession.start(Map.of("HOME", this.fixture.home().toString()))) {
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
		try (TerminalSession shell = TerminalSession.start(Map.of("HOME", this.fixture.home().toString()), "--demo")) {
			shell.waitFor("vcshell[DEMO demo@");
			shell.waitForPrompt();

			// a partly typed profile name completes, and the prompt follows the switch
			shell.type("profile use demo-r").keys("Tab");
			shell.waitFor("profile use demo-readonly", SHORT);
			shell.keys("Enter");
			shell.waitFor("vcshell[DEMO demo-readonly@", SHORT);
			shell.line("profile show");
			String screen = shell.waitFor("api base url", SHORT);
			Path file = Path.of(field(screen, "source"));
			assertThat(file).exists();

			shell.line("exit");
			shell.waitFor("EXITED=0", SHORT);
			assertThat(file.getParent()).as("the demo's temporary folder").doesNotExist();
		}
	}

	@Test
	void userNamesCompleteOnceTheLookupEndsAndGenerateSelfConfirms() throws Exception {
		EmulatorControls controls = this.fixture.emulator().controls();
		try (TerminalSession shell = onEmulator()) {
			shell.waitForPrompt();
			awaitIdle(controls, 1); // the prompt's expiry lookup

			// Tab starts the tenant's user lookup; once it has ended, Tab completes at
			// once
			long before = controls.requestCount();
			shell.type("expiration user ci-paym").keys("Tab");
			awaitIdle(controls, before + 1);
			if (!shell.screen().contains("expiration user ci-payments-api")) {
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
	void ctrlCCancelsARunningCommandAndTheShellStays() throws Exception {
		EmulatorControls controls = this.fixture.emulator().controls();
		try (TerminalSession shell = onEmulator()) {
			shell.waitForPrompt();
			awaitIdle(controls, 1);
			controls.delayNext(1, Duration.ofMinutes(5));

			shell.line("whoami");
			TerminalSession.await("whoami's request to arrive", SHORT, () -> controls.inFlight() == 1);
			int prompts = shell.count("vcshell[");
			shell.keys("C-c");

			String screen = shell.waitFor("interrupted", SHORT);
			assertThat(screen).contains("error: ").doesNotContain("EXITED=");
			shell.waitForPrompts(prompts);
			shell.line("format");
			shell.waitFor("output format: table", SHORT);
			assertThat(shell.screen()).doesNotContain("EXITED=");
		}
	}

	@Test
	void profileAddAsksTheKeyWithoutEchoAndKeepsItOutOfTheHistory() throws Exception {
		try (TerminalSession shell = onEmulator()) {
			shell.waitForPrompt();
			shell.line("profile add typed");
			shell.waitFor("API key id:", SHORT);
			shell.line(ID);
			shell.waitFor("API key secret:", SHORT);
			shell.line(SECRET);
			shell.waitFor("saved profile [typed]", SHORT);
			shell.line("history");
			String screen = shell.waitFor("profile add typed", SHORT);
			shell.line("exit");
			shell.waitFor("EXITED=0", SHORT);

			assertThat(screen).doesNotContain(SECRET).doesNotContain(ID);
			String history = Files.readString(this.fixture.home().resolve(".vcshell/history"));
			assertThat(history).contains("profile add typed").doesNotContain(SECRET).doesNotContain(ID);
			assertThat(Files.readString(this.fixture.credentials())).contains("[typed]")
				.contains("veracode_api_key_id = " + ID)
				.contains("veracode_api_key_secret = " + SECRET);
		}
	}

	@Test
	void ctrlDOnAnEmptyLineLeaves() throws Exception {
		try (TerminalSession shell = TerminalSession.start(Map.of("HOME", this.fixture.home().toString()))) {
			shell.waitForPrompt();
			shell.keys("C-d");
			shell.waitFor("EXITED=0", SHORT);
		}
	}

	private TerminalSession onEmulator() throws Exception {
		return TerminalSession.start(Map.of("HOME", this.fixture.home().toString()), "--credentials-file",
				this.fixture.credentials().toString(), "--profile", "demo");
	}

	/**
	 * Waits until at least {@code requests} API requests were answered and none is open.
	 */
	private static void awaitIdle(EmulatorControls controls, long requests) throws InterruptedException {
		TerminalSession.await(requests + " requests answered", SHORT,
				() -> controls.requestCount() >= requests && controls.inFlight() == 0);
	}

	/** The value of a {@code key  value} line of a details table. */
	static String field(String screen, String key) {
		return screen.lines()
			.filter((line) -> line.startsWith(key + " "))
			.map((line) -> line.substring(key.length()).strip())
			.findFirst()
			.orElseThrow();
	}

}
