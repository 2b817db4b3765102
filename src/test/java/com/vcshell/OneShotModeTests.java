package com.vcshell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;

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
	void helpShowsThePositionalArgumentOfEveryCommandThatHasOne(@TempDir Path dir) throws Exception {
		Map<String, String> placeholders = commandsWithArguments();
		Path script = Files.write(dir.resolve("help.vcsh"),
				placeholders.keySet().stream().map((name) -> "help " + name).toList());

		Vcshell.Result result = this.vcshell.run("--script", script.toString());

		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(placeholders).containsEntry("generate user", "<user>").containsEntry("profile use", "<profile>");
		placeholders
			.forEach((name, placeholder) -> assertThat(result.out()).contains("usage: " + name + " " + placeholder)
				.containsPattern("(?m)^  " + placeholder + " +\\S"));
	}

	/**
	 * Every @Command method with an @Argument: its name and the placeholder help shows.
	 */
	private static Map<String, String> commandsWithArguments() {
		Map<String, String> placeholders = new TreeMap<>();
		new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("com.vcshell")
			.stream()
			.flatMap((type) -> Arrays.stream(type.reflect().getDeclaredMethods()))
			.filter((method) -> method.isAnnotationPresent(Command.class))
			.forEach((method) -> Arrays.stream(method.getParameters())
				.filter((parameter) -> parameter.isAnnotationPresent(Argument.class))
				.forEach((parameter) -> placeholders.put(String.join(" ", method.getAnnotation(Command.class).name()),
						"<" + parameter.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT) + ">")));
		return placeholders;
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
