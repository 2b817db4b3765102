package com.vcshell.shell;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.JarProcess;
import com.vcshell.Vcshell;
import com.vcshell.cli.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged application through the launcher with stdout and stderr as pipes, as
 * {@code vcshell … | cat} does, and checks that no escape character reaches either
 * stream, for commands whose tables are coloured at a terminal ({@code ColourIT} shows
 * the same commands with their colour there) and for an error.
 */
class NoAnsiWhenPipedIT {

	@TempDir
	Path home;

	@Test
	void tablesPipedHaveNoEscapeCharacterAndWriteNoHistory() throws Exception {
		Vcshell.Result list = run("--demo", "profile", "list");
		Vcshell.Result check = run("--demo", "profile", "check");

		assertThat(list.exitCode()).as(list.err()).isZero();
		assertThat(list.out()).startsWith("   PROFILE").contains("demo-readonly").doesNotContain("\u001b");
		assertThat(check.exitCode()).as(check.err()).isZero();
		assertThat(check.out()).startsWith("PROFILE").contains("valid").doesNotContain("\u001b");
		assertThat(list.err() + check.err()).doesNotContain("\u001b");
		assertThat(this.home.resolve(".vcshell")).doesNotExist();
	}

	@Test
	void jsonStartupOptionStartsTheSessionInJson() throws Exception {
		Vcshell.Result json = run("--json", "format");

		assertThat(json.exitCode()).isZero();
		assertThat(json.out()).isEqualTo("output format: json\n");
	}

	@Test
	void errorsGoToStderrWithoutEscapesAndExit2() throws Exception {
		Vcshell.Result result = run("format", "yaml");

		assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).startsWith("error: unknown output format 'yaml'").doesNotContain("\u001b");
	}

	private Vcshell.Result run(String... args) throws Exception {
		return JarProcess.run(Map.of("HOME", this.home.toString(), "TERM", "xterm-256color"), null, args);
	}

}
