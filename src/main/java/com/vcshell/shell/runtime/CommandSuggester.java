package com.vcshell.shell.runtime;

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

	/** Optimal string alignment distance: edits plus adjacent transpositions ("hlep"). */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	private record Scored(String name, int distance) {
	}

}
