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
	void helpFitsTheTerminalWidthOneLineACommand() {
		Vcshell.Result result = Vcshell.withEnv(Map.of("HOME", "/nonexistent-home", "COLUMNS", "80")).run("help");

		assertThat(result.exitCode()).isZero();
		assertThat(result.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
		assertThat(result.out()).contains("generate self").contains("profile use").contains("quit, exit");
	}

	@Test
	void helpForOneCommandShowsItsOptionsAlsoAfterASubCommand() {
		Vcshell.Result viaHelp = this.vcshell.run("help", "generate", "user");
		Vcshell.Result viaFlag = this.vcshell.run("generate", "user", "--help");

		assertThat(viaHelp.exitCode()).isZero();
		assertThat(viaHelp.out()).contains("usage: generate user").contains("--save-as").contains("--reveal");
		assertThat(viaFlag.out()).isEqualTo(viaHelp.out());
	}

	@Test
	void aGroupWordListsItsSubCommandsAsHelpDoes() {
		Vcshell.Result group = this.vcshell.run("profile");

		assertThat(group.exitCode()).isZero();
		assertThat(group.out()).startsWith("Available sub-commands for 'profile':")
			.contains("  profile use - ")
			.isEqualTo(this.vcshell.run("help", "profile").out());
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
