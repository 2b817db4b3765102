package com.vcshell.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged jar with stdout and stderr as pipes, as {@code vcshell help | cat}
 * does, and checks that no escape character reaches either stream.
 */
class NoAnsiWhenPipedIT {

	private static final Path JAR = Path.of("target", "vcshell.jar");

	@TempDir
	Path home;

	@Test
	void helpPipedHasNoEscapeCharacterAndWritesNoHistory() throws Exception {
		Result result = run("help");

		assertThat(result.code()).isZero();
		assertThat(result.out()).contains("format").doesNotContain("\u001b");
		assertThat(result.err()).doesNotContain("\u001b");
		assertThat(this.home.resolve(".vcshell")).doesNotExist();
	}

	@Test
	void jsonStartupOptionStartsTheSessionInJson() throws Exception {
		Result json = run("--json", "format");

		assertThat(json.code()).isZero();
		assertThat(json.out()).isEqualTo("output format: json\n");
	}

	@Test
	void errorsGoToStderrWithoutEscapesAndExit2() throws Exception {
		Result result = run("format", "yaml");

		assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).startsWith("error: unknown output format 'yaml'").doesNotContain("\u001b");
	}

	private Result run(String... args) throws IOException, InterruptedException {
		assertThat(JAR).as("run after 'package'").exists();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-jar");
		command.add(JAR.toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("HOME", this.home.toString());
		builder.environment().remove("VCSHELL_HOME");
		builder.environment().remove("NO_COLOR");
		builder.environment().put("TERM", "xterm-256color");
		Process process = builder.start(); // stdin, stdout and stderr are pipes
		process.getOutputStream().close();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("vcshell finished").isTrue();
		return new Result(process.exitValue(), out, err);
	}

	private record Result(int code, String out, String err) {
	}

}
