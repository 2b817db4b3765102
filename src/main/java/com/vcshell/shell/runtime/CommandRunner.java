package com.vcshell.shell.runtime;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

/**
 * Runs one command, in every mode: parses it, executes it, and hands any failure to the
 * {@link FailureReporter}, which prints one {@code error: ...} line and gives the exit
 * code. A {@code --help} after a command shows {@code help <command>}; a group word lists
 * its sub-commands; an unknown command gets a suggestion.
 * <p>
 * Workaround: Spring Shell 4.0.1's non-interactive runner exits 0 after a failed command
 * and prints failures as stack traces (spring-shell#1339). Delete when Spring Shell ≥
 * 4.0.2, which fixes #1339, can be used (it is not on Maven Central here) and its runner
 * can report through the {@code FailureReporter}.
 */
@Component
public class CommandRunner {

	private final ShellCommandParser parser;

	private final CommandRegistry registry;

	private final FailureReporter failures;

	private final CommandSuggester suggester;

	public CommandRunner(ShellCommandParser parser, CommandRegistry registry, FailureReporter failures) {
		this.parser = parser;
		this.registry = registry;
		this.failures = failures;
		this.suggester = new CommandSuggester(registry);
	}

	/** Runs a typed line; returns its exit code. */
	public int run(String line, PrintWriter out, PrintWriter err, InputReader input) {
		try {
			return execute(this.parser.parse(line), out, err, input);
		}
		catch (Exception ex) {
			return fail(ex, out, err);
		}
	}

	/**
	 * Runs a command given as words (the one-shot command line); returns its exit code.
	 */
	public int run(List<String> words, PrintWriter out, PrintWriter err, InputReader input) {
		try {
			return execute(this.parser.parse(words), out, err, input);
		}
		catch (Exception ex) {
			return fail(ex, out, err);
		}
	}

	private int execute(ParsedInput parsed, PrintWriter out, PrintWriter err, InputReader input) throws Exception {
		String name = String.join(" ", fullName(parsed));
		Command command = this.registry.getCommandByName(name);
		if (command == null) {
			return unknown(name, parsed, out, err, input);
		}
		if (isHelpRequest(parsed) && this.registry.getCommandByName("help") != null) {
			return run(List.of("help", name), out, err, input);
		}
		ExitStatus status = command.execute(new CommandContext(parsed, this.registry, out, input));
		out.flush();
		if (status.code() != ExitStatus.OK.code()) {
			throw new FailedStatusException(status);
		}
		return 0;
	}

	private int fail(Exception ex, PrintWriter out, PrintWriter err) {
		out.flush();
		int code = this.failures.report(ex, err);
		err.flush();
		return code;
	}

	/** {@code <command> --help}, which the parser reduces to a lone help option. */
	private static boolean isHelpRequest(ParsedInput parsed) {
		return parsed.options().size() == 1 && "help".equals(parsed.options().get(0).longName())
				&& !parsed.commandName().equals("help");
	}

	private static List<String> fullName(ParsedInput parsed) {
		List<String> words = new ArrayList<>();
		words.add(parsed.commandName());
		words.addAll(parsed.subCommands());
		return words;
	}

	/**
	 * A group word such as {@code generate} lists its sub-commands (as {@code help}
	 * does); anything else is unknown.
	 */
	private int unknown(String name, ParsedInput parsed, PrintWriter out, PrintWriter err, InputReader input) {
		boolean group = !this.registry.getCommandsByPrefix(name + " ").isEmpty();
		if (group && parsed.arguments().isEmpty() && this.registry.getCommandByName("help") != null) {
			return run(List.of("help", name), out, err, input);
		}
		String typed = parsed.arguments().isEmpty() ? name : name + " " + parsed.arguments().get(0).value();
		throw new CommandLineException(this.suggester.unknownCommand(typed));
	}

}
