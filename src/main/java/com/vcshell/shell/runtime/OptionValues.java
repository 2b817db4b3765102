package com.vcshell.shell.runtime;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.shell.core.command.CommandOption;

/**
 * The checks of one option's value that the parser makes before a command runs, the same
 * for every command: a value option needs a value that is not empty or blank, a flag
 * takes none (or {@code =true}/{@code =false}), and a number is written with the ASCII
 * digits {@code 0-9} (an optional {@code -} before them) and fits its type. Java would
 * read {@code ７} (fullwidth), {@code ٣} (Arabic-Indic) or {@code +3} as numbers; a user
 * who typed them meant something else.
 */
final class OptionValues {

	private static final Pattern DIGITS = Pattern.compile("-?[0-9]+");

	private static final Set<Class<?>> INTEGERS = Set.of(int.class, Integer.class, long.class, Long.class, short.class,
			Short.class, byte.class, Byte.class);

	private OptionValues() {
	}

	/** Whether an option is a flag: it takes no value. */
	static boolean isFlag(CommandOption option) {
		return option.type() == boolean.class || option.type() == Boolean.class;
	}

	/**
	 * The value of a flag written {@code --flag=value}.
	 * @throws CommandLineException unless it is {@code true} or {@code false}
	 */
	static String flag(String optionWord, String value) {
		String normalised = value.strip().toLowerCase(Locale.ROOT);
		if (!normalised.equals("true") && !normalised.equals("false")) {
			throw new CommandLineException(
					"option " + optionWord + " takes no value (or =true, =false), not '" + Words.shown(value) + "'");
		}
		return normalised;
	}

	/**
	 * Checks the value of a value option; {@code declared} is {@code null} when the
	 * command is unknown (the runner reports that).
	 * @throws CommandLineException for an empty or blank value, or a number that is not
	 * written in ASCII digits or does not fit
	 */
	static void check(String optionWord, CommandOption declared, String value) {
		if (value.isBlank()) {
			throw new CommandLineException("option " + optionWord + " needs a value, not an empty one");
		}
		if (declared != null && INTEGERS.contains(declared.type())) {
			number(optionWord, declared.type(), value);
		}
	}

	private static void number(String optionWord, Class<?> type, String value) {
		if (!DIGITS.matcher(value).matches()) {
			throw new CommandLineException("option " + optionWord
					+ " needs a whole number written with the digits 0-9, " + "not '" + Words.shown(value) + "'");
		}
		long most = most(type);
		boolean fits = value.length() <= 20 && fits(value, most);
		if (!fits) {
			throw new CommandLineException("option " + optionWord + " needs a number from " + (-most - 1) + " to "
					+ most + ", not " + Words.shown(value));
		}
	}

	private static boolean fits(String value, long most) {
		try {
			long number = Long.parseLong(value);
			return number <= most && number >= -most - 1;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static long most(Class<?> type) {
		if (type == int.class || type == Integer.class) {
			return Integer.MAX_VALUE;
		}
		if (type == short.class || type == Short.class) {
			return Short.MAX_VALUE;
		}
		return (type == byte.class || type == Byte.class) ? Byte.MAX_VALUE : Long.MAX_VALUE;
	}

}
