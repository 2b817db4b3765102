package com.vcshell;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One-shot mode end to end: the application, its runner, exit codes and streams. */
class OneShotModeTests {

	private final Vcshell vcshell = Vcshell.withEnv(Map.of("HOME", "/nonexistent-home"));

	@Test
	void helpPrintsTheCommandsAndExitsZero() {
		Vcshell.Result result = this.vcshell.run("help");

		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).contains("help").contains("clear").contains("history");
		assertThat(result.err()).isEmpty();
	}

	@Test
	void anUnknownCommandExitsTwoWithOneLineAndASuggestion() {
		Vcshell.Result result = this.vcshell.run("hepl");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err().lines())
			.containsExactly("error: unknown command 'hepl'; did you mean 'help'? (try 'help')");
		assertThat(result.out()).isEmpty();
	}

	@Test
	void anUnknownStartupOptionExitsTwo() {
		Vcshell.Result result = this.vcshell.run("--frobnicate", "help");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).startsWith("error: unknown startup option --frobnicate");
		assertThat(result.err().lines()).hasSize(1);
	}

	@Test
	void nothingButTheResultReachesTheConsole() {
		Vcshell.Result result = this.vcshell.run("help");

		assertThat(result.out()).doesNotContain("Spring").doesNotContain(":: ").doesNotContain("INFO");
	}

}
