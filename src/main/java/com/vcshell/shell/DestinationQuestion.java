package com.vcshell.shell;

import java.util.Locale;

import org.springframework.shell.core.InputReader;
import com.vcshell.shell.runtime.NoTerminalInput;

/**
 * Asks at a terminal where the secret of {@code generate user} should go when no
 * destination was given; refuses without a terminal.
 */
final class DestinationQuestion {

	private DestinationQuestion() {
	}

	static GenerateOptions ask(GenerateOptions options, InputReader input) {
		if (input instanceof NoTerminalInput) {
			throw new UsageException(DestinationPlanner.NEEDS_DESTINATION);
		}
		String choice = read(input,
				"Where should the new secret go? [p]rofile, [f]ile, [r]eveal on screen (Enter cancels): ");
		return switch (choice.toLowerCase(Locale.ROOT)) {
			case "p", "profile" -> new GenerateOptions(options.yes(), false, required(read(input, "Save as profile: ")),
					null, options.json(), options.dryRun());
			case "f", "file" -> new GenerateOptions(options.yes(), false, null,
					required(read(input, "New credentials file: ")), options.json(), options.dryRun());
			case "r", "reveal" ->
				new GenerateOptions(options.yes(), true, null, null, options.json(), options.dryRun());
			default -> throw cancelled();
		};
	}

	private static String required(String answer) {
		if (answer.isEmpty()) {
			throw cancelled();
		}
		return answer;
	}

	private static UsageException cancelled() {
		return new UsageException("cancelled: no destination for the new secret, nothing generated");
	}

	private static String read(InputReader input, String prompt) {
		try {
			String answer = input.readInput(prompt);
			return (answer != null) ? answer.strip() : "";
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new UsageException("could not read the answer: " + ex.getMessage());
		}
	}

}
