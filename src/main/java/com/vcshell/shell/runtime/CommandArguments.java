package com.vcshell.shell.runtime;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;

/**
 * The positional arguments of each command ({@code @Argument}s, then an
 * {@code @Arguments} list): for {@code help}, which shows them (Spring Shell 4.0.1's
 * commands keep only their options, spring-shell#1344, fixed in 4.0.3), and for the
 * parser, which refuses more arguments than a command takes. A command built in code
 * takes none unless registered as taking any number ({@code help}). Delete the
 * {@code help} part with {@link CommandRegistryConfiguration}.
 */
public final class CommandArguments {

	private final Map<String, List<Positional>> byCommand = new ConcurrentHashMap<>();

	private final Set<String> anyNumber = ConcurrentHashMap.newKeySet();

	void register(String command, Method method) {
		List<Positional> arguments = new ArrayList<>();
		for (Parameter parameter : method.getParameters()) {
			Argument argument = parameter.getAnnotation(Argument.class);
			if (argument != null) {
				arguments
					.add(new Positional(argument.index(), placeholder(parameter.getName()), argument.description()));
			}
			if (parameter.isAnnotationPresent(Arguments.class)) {
				arguments.add(new Positional(Integer.MAX_VALUE, "[" + placeholder(parameter.getName()) + "...]",
						"zero or more"));
				this.anyNumber.add(command);
			}
		}
		arguments.sort(Comparator.comparingInt(Positional::index));
		this.byCommand.put(command, List.copyOf(arguments));
	}

	/** A command built in code, which takes no positional argument. */
	void registerWithoutArguments(String command) {
		this.byCommand.putIfAbsent(command, List.of());
	}

	/**
	 * A command built in code that takes any number of words ({@code help <command>}).
	 */
	void registerAnyNumber(String command, Positional words) {
		this.byCommand.put(command, List.of(words));
		this.anyNumber.add(command);
	}

	/** The command's positional arguments in order; none for a command built in code. */
	public List<Positional> of(String command) {
		return this.byCommand.getOrDefault(command, List.of());
	}

	/**
	 * The most positional arguments the command takes; {@code null} when it takes any
	 * number, or when it is not known here (a command registered elsewhere).
	 */
	@Nullable Integer most(String command) {
		List<Positional> positionals = this.byCommand.get(command);
		return (positionals == null || this.anyNumber.contains(command)) ? null : positionals.size();
	}

	/**
	 * Refuses more positional arguments than the command takes.
	 * @param command the command's name
	 * @param typed the name as typed (an alias such as {@code exit})
	 * @throws CommandLineException naming what it takes and what it was given
	 */
	void requireAtMost(String command, String typed, List<String> given) {
		Integer most = most(command);
		if (most == null || given.size() <= most) {
			return;
		}
		if (most == 0) {
			throw new CommandLineException("'" + typed + "' takes no arguments, but was given " + Words.quoted(given));
		}
		String usage = typed + of(command).stream()
			.map((positional) -> " " + positional.placeholder())
			.collect(Collectors.joining());
		throw new CommandLineException("'" + typed + "' takes " + ((most == 1) ? "one argument" : most + " arguments")
				+ " (" + usage + "), but was given " + given.size() + ": " + Words.quoted(given));
	}

	/** {@code apiId} as {@code <api-id>}. */
	static String placeholder(String parameterName) {
		StringBuilder name = new StringBuilder("<");
		for (char c : parameterName.toCharArray()) {
			if (Character.isUpperCase(c)) {
				name.append('-').append(Character.toLowerCase(c));
			}
			else {
				name.append(c);
			}
		}
		return name.append('>').toString();
	}

	/**
	 * One positional argument.
	 *
	 * @param index its position after the command name
	 * @param placeholder how usage shows it: {@code <user>}
	 * @param description what it is
	 */
	public record Positional(int index, String placeholder, String description) {
	}

}
