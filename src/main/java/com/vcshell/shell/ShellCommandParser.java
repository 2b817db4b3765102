package com.vcshell.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

/**
 * Parses one command line. Replaces Spring Shell 4.0.1's parser, which splits on single
 * spaces, treats a partial word as a sub-command ({@code profile u} as
 * {@code profile use}), needs a value after a boolean flag of a sub-command
 * ({@code generate self --yes}) and rejects {@code --help} after a sub-command. Quoting
 * follows the shell: single quotes are literal, double quotes and backslashes escape.
 */
@Component
public class ShellCommandParser implements CommandParser {

	private final CommandRegistry registry;

	public ShellCommandParser(CommandRegistry registry) {
		this.registry = registry;
	}

	@Override
	public ParsedInput parse(String input) {
		List<String> words = LineTokenizer.tokenize(input);
		if (words.isEmpty()) {
			throw new UsageException("empty command");
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
		int argumentIndex = 0;
		boolean onlyArguments = false;
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (onlyArguments || !isOption(word)) {
				builder.addArgument(new CommandArgument(argumentIndex++, word));
				continue;
			}
			if (word.equals("--")) {
				onlyArguments = true;
				continue;
			}
			int eq = word.indexOf('=');
			String optionWord = (eq > 0) ? word.substring(0, eq) : word;
			CommandOption declared = (command != null) ? declaredOption(command, name, optionWord) : null;
			String value;
			if (eq > 0) {
				value = word.substring(eq + 1);
			}
			else if (declared != null && isBoolean(declared)) {
				value = "true";
			}
			else if (i + 1 < words.size() && !isOption(words.get(i + 1))) {
				value = words.get(++i);
			}
			else {
				throw new UsageException("option " + optionWord + " needs a value");
			}
			builder.addOption(option(optionWord, value));
		}
	}

	private static CommandOption declaredOption(Command command, String name, String optionWord) {
		return command.getOptions()
			.stream()
			.filter(option -> option.isOptionEqual(optionWord))
			.findFirst()
			.orElseThrow(
					() -> new UsageException("unknown option " + optionWord + " for '" + name + "'" + known(command)));
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

	private static boolean isBoolean(CommandOption option) {
		return option.type() == boolean.class || option.type() == Boolean.class;
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
