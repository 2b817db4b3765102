package com.vcshell.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StderrLoggingTests {

	@Test
	void warningsGoToStderrOnOneLineAndChatterNowhere() {
		// given
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream original = System.err;
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			StderrLogging.configure();
			// when
			Logger.getLogger("com.example.Disk").warning("disk is full");
			Logger.getLogger("com.example.Disk").info("chatter");
			Logger.getLogger("org.jline.terminal").warning("Unable to create a system terminal");
			Logger.getLogger("org.springframework.shell.Runner").warning("Unable to run command");
			Logger.getLogger("org.jline.terminal").severe("terminal lost");
		}
		finally {
			System.setErr(original);
			StderrLogging.configure();
		}
		// then
		assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("WARNING com.example.Disk: disk is full"
				+ System.lineSeparator() + "SEVERE org.jline.terminal: terminal lost" + System.lineSeparator());
	}

}
