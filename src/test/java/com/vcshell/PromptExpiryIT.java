package com.vcshell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.emulator.IdentityEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key's expiry in the prompt at a real terminal, in another JVM: the emulator of this
 * JVM seeds its tenant on a clock set back, so that the demo admin's key (240 days from
 * the seed) has 12 days left, or has just expired, on the real clock the shell uses. The
 * prompt changes without a key being pressed: the lookup's answer redraws it.
 */
class PromptExpiryIT {

	/** The demo admin's key expires this long after the emulator's tenant is seeded. */
	private static final Duration ADMIN_KEY_LIFE = Duration.ofDays(240).plusHours(6);

	private static final Duration SHORT = Duration.ofSeconds(30);

	@TempDir
	Path dir;

	private IdentityEmulator emulator;

	@BeforeAll
	static void needsTmux() throws Exception {
		TerminalSession.requireTmux();
		JarProcess.warmUp();
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void aKeyExpiringInTwelveDaysShowsTwelveDaysInYellow() throws Exception {
		Duration back = Duration.ofDays(228);
		this.emulator = IdentityEmulator.start(0, Clock.offset(Clock.systemUTC(), back.negated()));
		this.emulator.controls().advanceClock(back);

		try (TerminalSession shell = shell()) {
			shell.waitFor("vcshell[demo@127.0.0.1 12d]>", SHORT);

			assertThat(shell.screenWithEscapes()).contains("\u001b[33m12d");
			shell.line("exit");
			shell.waitFor("EXITED=0", SHORT);
		}
	}

	@Test
	void anExpiredKeyShowsExpired() throws Exception {
		// the key expired 30 s ago on the real clock; the emulator's clock runs 4.5 min
		// behind (inside its 5 min signature window), so it still answers for that key
		Duration back = ADMIN_KEY_LIFE.plusSeconds(30);
		this.emulator = IdentityEmulator.start(0, Clock.offset(Clock.systemUTC(), back.negated()));
		this.emulator.controls().advanceClock(back.minus(Duration.ofSeconds(270)));

		try (TerminalSession shell = shell()) {
			shell.waitFor("vcshell[demo@127.0.0.1 EXPIRED]>", SHORT);
			shell.line("exit");
			shell.waitFor("EXITED=0", SHORT);
		}
	}

	private TerminalSession shell() throws Exception {
		Path credentials = this.dir.resolve("credentials");
		this.emulator.writeCredentialsFile(credentials);
		Path home = Files.createDirectories(this.dir.resolve("home"));
		return TerminalSession.start(Map.of("HOME", home.toString()), "--credentials-file", credentials.toString(),
				"--profile", "demo");
	}

}
