package com.vcshell.shell;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

/**
 * Runs one command line, in every mode: parses it, executes it, and turns any failure
 * into an exit code and one line on the error writer ({@code error: ...}). A stack trace
 * follows only with {@code --debug}.
 */
@Component
public class CommandRunner {

	private final CommandParser parser;

	private final CommandRegistry registry;

	private final ShellExceptionMapper mapper;

	private final CommandSuggester suggester;

	private final boolean debug;

	public CommandRunner(CommandParser parser, CommandRegistry registry, ShellExceptionMapper mapper,
			StartupOptions options) {
		this.parser = parser;
		this.registry = registry;
		this.mapper = mapper;
		this.suggester = new CommandSuggester(registry);
		this.debug = options.debug();
	}

	/** Runs {@code line}; returns its exit code. */
	public int run(String line, PrintWriter out, PrintWriter err, InputReader input) {
		try {
			ParsedInput parsed = this.parser.parse(line);
			String name = String.join(" ", fullName(parsed));
			Command command = this.registry.getCommandByName(name);
			if (command == null) {
				return unknown(name, parsed, out, err, input);
			}
			if (isHelpRequest(parsed) && this.registry.getCommandByName("help") != null) {
				return run("help " + name, out, err, input);
			}
			ExitStatus status = command.execute(new CommandContext(parsed, this.registry, out, input));
			out.flush();
			return report(status, err);
		}
		catch (Exception ex) {
			out.flush();
			if (this.debug) {
				ex.printStackTrace(err);
			}
			ExitStatus status = this.mapper.map(ex);
			return fail(status.code(), status.description(), err);
		}
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
			return run("help " + name, out, err, input);
		}
		String typed = parsed.arguments().isEmpty() ? name : name + " " + parsed.arguments().get(0).value();
		return fail(ExitCodes.USAGE, this.suggester.unknownCommand(typed), err);
	}

	private int report(ExitStatus status, PrintWriter err) {
		if (status.code() == ExitStatus.OK.code()) {
			return ExitCodes.OK;
		}
		// Spring Shell's own statuses are negative: usage (-2), availability (-3),
		// execution (-1)
		int code = (status.code() == ExitStatus.USAGE_ERROR.code()) ? ExitCodes.USAGE
				: (status.code() < 0) ? ExitCodes.INTERNAL : status.code();
		return fail(code, status.description(), err);
	}

	private static int fail(int code, String message, PrintWriter err) {
		err.println("error: " + message);
		err.flush();
		return code;
	}

}
