package com.vcshell.shell;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressBarTests {

	@Test
	void drawsAndErasesAtATerminal() {
		StringWriter err = new StringWriter();
		ProgressBar bar = new ProgressBar(new PrintWriter(err, true), true, "accounts");

		bar.start(2);
		bar.step();
		bar.step();
		bar.finish();

		assertThat(err.toString()).contains("\r[###############...............] 1/2 accounts")
			.contains("] 2/2 accounts")
			.endsWith(" \r");
	}

	@Test
	void writesNothingWhenNotATerminal() {
		StringWriter err = new StringWriter();
		ProgressBar bar = new ProgressBar(new PrintWriter(err, true), false, "accounts");

		bar.start(3);
		bar.step();
		bar.finish();

		assertThat(err.toString()).isEmpty();
	}

}
