package com.vcshell.shell.runtime;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;

/**
 * The positional arguments of each {@code @Command} method ({@code @Argument}s, then an
 * {@code @Arguments} list), for {@code help}: Spring Shell 4.0.1's commands keep only
 * their options (spring-shell#1344, fixed in 4.0.3). Delete with
 * {@link CommandRegistryConfiguration}.
 */
public final class CommandArguments {

	private final Map<String, List<Positional>> byCommand = new ConcurrentHashMap<>();

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
			}
		}
		arguments.sort(Comparator.comparingInt(Positional::index));
		this.byCommand.put(command, List.copyOf(arguments));
	}

	/** The command's positional arguments in order; none for a command built in code. */
	public List<Positional> of(String command) {
		return this.byCommand.getOrDefault(command, List.of());
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
