package com.vcshell.shell.runtime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.jline.reader.Parser.ParseContext;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

/**
 * Parses one command line into a command, its options and its arguments. The line is
 * split into words by the line reader's own JLine {@link Parser} (Spring Shell's
 * {@code ExtendedDefaultParser}: quotes group, a backslash escapes), so a line runs
 * exactly as Tab completed it.
 * <p>
 * Workaround: Spring Shell 4.0.1's {@code DefaultCommandParser} splits on single spaces
 * (no quotes), takes a partial word for a sub-command ({@code profile u} as
 * {@code profile use}), needs a value after a boolean flag of a sub-command
 * ({@code generate self --yes}, fixed in 4.0.2 by "Fix boolean flags handling in
 * subcommands") and rejects {@code --help} after a sub-command. Delete when Spring Shell
 * ≥ 4.0.2 can be used and its parser quotes words.
 * <p>
 * It also refuses, for every command alike, what Spring Shell would accept silently: an
 * option given twice, an empty value, a flag with a value other than true/false, a number
 * not written in ASCII digits ({@link OptionValues}), and more positional arguments than
 * the command takes ({@link CommandArguments}).
 */
@Component
public class ShellCommandParser implements CommandParser {

	private final CommandRegistry registry;

	private final Parser words;

	private final CommandArguments arguments;

	public ShellCommandParser(CommandRegistry registry, Parser words, CommandArguments arguments) {
		this.registry = registry;
		this.words = words;
		this.arguments = arguments;
	}

	@Override
	public ParsedInput parse(String input) {
		return parse(split(input));
	}

	/** Parses a command already split into words (the one-shot command line). */
	public ParsedInput parse(List<String> words) {
		if (words.isEmpty() || words.get(0).isBlank()) {
			throw new CommandLineException("empty command");
		}
		ParsedInput.Builder builder = ParsedInput.builder().commandName(words.get(0));
		String name = words.get(0);
		int next = 1;
		while (next < words.size() && isCommandPrefix(name + " " + words.get(next))) {
			name = name + " " + words.get(next);
			builder.addSubCommand(words.get(next));
			next++;
		}
		List<String> rest = words.subList(next, words.size());
		if (rest.contains("--help") || rest.contains("-h")) {
			return builder.addOption(CommandOption.with().shortName('h').longName("help").value("true").build())
				.build();
		}
		Command command = this.registry.getCommandByName(name);
		parseOptionsAndArguments(command, name, rest, builder);
		return builder.build();
	}

	/**
	 * The words of a command line, quoted and escaped as at the prompt (a delivery
	 * command's argv).
	 * @throws CommandLineException for an unclosed quote or a trailing backslash
	 */
	public List<String> words(String line) {
		return split(line);
	}

	/**
	 * The words of a line as the line reader splits them; an open quote is an error. The
	 * parser ends every line that does not end in a word with an empty word for the
	 * cursor: that one is dropped (a quoted empty word before it stays).
	 */
	private List<String> split(String line) {
		List<String> split;
		try {
			split = new ArrayList<>(this.words.parse(line, line.length(), ParseContext.ACCEPT_LINE).words());
		}
		catch (EOFError ex) {
			throw new CommandLineException(problem(ex) + " in: " + line.strip());
		}
		if (!split.isEmpty() && split.get(split.size() - 1).isEmpty()) {
			split.remove(split.size() - 1);
		}
		return split;
	}

	private static String problem(EOFError ex) {
		return switch (String.valueOf(ex.getMissing())) {
			case "quote" -> "unclosed single quote";
			case "dquote" -> "unclosed double quote";
			default -> "the line ends with a backslash";
		};
	}

	private boolean isCommandPrefix(String candidate) {
		return this.registry.getCommands()
			.stream()
			.filter(command -> !command.isHidden())
			.flatMap(command -> names(command).stream())
			.anyMatch(n -> n.equals(candidate) || n.startsWith(candidate + " "));
	}

	private static List<String> names(Command command) {
		List<String> names = new ArrayList<>(command.getAliases());
		names.add(command.getName());
		return names;
	}

	private void parseOptionsAndArguments(Command command, String name, List<String> words,
			ParsedInput.Builder builder) {
		List<String> arguments = new ArrayList<>();
		Set<String> given = new HashSet<>();
		boolean onlyArguments = false;
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (onlyArguments || !isOption(word)) {
				arguments.add(word);
			}
			else if (word.equals("--")) {
				onlyArguments = true;
			}
			else {
				i += addOption(command, name, words, i, given, builder);
			}
		}
		if (command != null) {
			this.arguments.requireAtMost(command.getName(), name, arguments);
		}
		for (int i = 0; i < arguments.size(); i++) {
			builder.addArgument(new CommandArgument(i, arguments.get(i)));
		}
	}

	/**
	 * Adds the option at {@code words[at]} with its value, checked; returns how many
	 * words after it its value took (0 or 1).
	 */
	private static int addOption(Command command, String name, List<String> words, int at, Set<String> given,
			ParsedInput.Builder builder) {
		String word = words.get(at);
		int eq = word.indexOf('=');
		String optionWord = (eq > 0) ? word.substring(0, eq) : word;
		CommandOption declared = (command != null) ? declaredOption(command, name, optionWord) : null;
		boolean flag = declared != null && OptionValues.isFlag(declared);
		boolean valueFollows = at + 1 < words.size() && !isOption(words.get(at + 1));
		String value;
		if (flag) {
			value = (eq > 0) ? OptionValues.flag(optionWord, word.substring(eq + 1)) : "true";
		}
		else if (eq > 0 || valueFollows) {
			value = (eq > 0) ? word.substring(eq + 1) : words.get(at + 1);
			OptionValues.check(optionWord, declared, value);
		}
		else {
			throw new CommandLineException("option " + optionWord + " needs a value");
		}
		once(given, (declared != null) ? "--" + declared.longName() : optionWord, name);
		builder.addOption(option(optionWord, value));
		return (flag || eq > 0) ? 0 : 1;
	}

	/**
	 * Options that may be given more than once, every value counting (the command reads
	 * them all from the parsed input): {@code rotate plan --user a --user b}.
	 */
	private static final Set<String> REPEATABLE = Set.of("rotate plan --user");

	/** An option given twice is a usage error: which one was meant? */
	private static void once(Set<String> given, String option, String command) {
		if (!given.add(option) && !REPEATABLE.contains(command + " " + option)) {
			throw new CommandLineException(
					"option " + option + " is given more than once for '" + command + "': give it once");
		}
	}

	private static CommandOption declaredOption(Command command, String name, String optionWord) {
		return command.getOptions()
			.stream()
			.filter(option -> option.isOptionEqual(optionWord))
			.findFirst()
			.orElseThrow(() -> new CommandLineException(
					"unknown option " + optionWord + " for '" + name + "'" + known(command)));
	}

	private static String known(Command command) {
		if (command.getOptions().isEmpty()) {
			return " (it takes no options)";
		}
		return command.getOptions()
			.stream()
			.map(option -> "--" + option.longName())
			.collect(Collectors.joining(", ", " (options: ", ")"));
	}

	/** Whether an option is a flag: it takes no value. */
	static boolean isFlag(CommandOption option) {
		return OptionValues.isFlag(option);
	}

	private static boolean isOption(String word) {
		return word.startsWith("-") && word.length() > 1 && !Character.isDigit(word.charAt(1));
	}

	private static CommandOption option(String optionWord, String value) {
		CommandOption.Builder option = CommandOption.with().value(value);
		if (optionWord.startsWith("--")) {
			option.longName(optionWord.substring(2));
		}
		else {
			option.shortName(optionWord.charAt(1));
		}
		return option.build();
	}

}
