package com.vcshell.output;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalWidthTests {

	@Test
	void withoutATerminalColumnsDecides() {
		assertThat(new TerminalWidth(() -> null, "95").getAsInt()).isEqualTo(95);
	}

	@Test
	void withoutATerminalOrColumnsItIs120() {
		assertThat(new TerminalWidth(() -> null, null).getAsInt()).isEqualTo(120);
		assertThat(new TerminalWidth(() -> null, "wide").getAsInt()).isEqualTo(120);
		assertThat(new TerminalWidth(() -> null, "0").getAsInt()).isEqualTo(120);
	}

}
