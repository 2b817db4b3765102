package com.vcshell.shell;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;

/** Explains an unknown command, with the closest known command when one is close. */
final class CommandSuggester {

	private final CommandRegistry registry;

	CommandSuggester(CommandRegistry registry) {
		this.registry = registry;
	}

	String unknownCommand(String typed) {
		return "unknown command '" + typed + "'" + closest(typed).map(s -> "; did you mean '" + s + "'?").orElse("")
				+ " (try 'help')";
	}

	Optional<String> closest(String typed) {
		List<String> names = this.registry.getCommands()
			.stream()
			.filter(command -> !command.isHidden())
			.map(Command::getName)
			.toList();
		return names.stream()
			.map(name -> new Scored(name, distance(typed, candidate(name, typed))))
			.filter(scored -> scored.distance() <= Math.max(1, typed.length() / 3))
			.min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
			.map(Scored::name);
	}

	/** Compares a multi-word name with as many of its words as were typed. */
	private static String candidate(String name, String typed) {
		String[] nameWords = name.split(" ");
		int typedWords = typed.split(" ").length;
		return String.join(" ", java.util.Arrays.copyOf(nameWords, Math.min(nameWords.length, typedWords)));
	}

	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private record Scored(String name, int distance) {
	}

}
