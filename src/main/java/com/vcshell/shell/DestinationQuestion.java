package com.vcshell.shell;

import java.util.Locale;
import java.util.Optional;

import org.springframework.shell.core.InputReader;

import com.vcshell.admin.DestinationChooser;
import com.vcshell.shell.runtime.NoTerminalInput;

/**
 * Asks at a terminal where the secret of {@code generate user} should go when no
 * destination was given: a profile, a new file, or the screen. Enter or an empty name
 * cancels.
 */
final class DestinationQuestion implements DestinationChooser {

	private final InputReader input;

	DestinationQuestion(InputReader input) {
		this.input = input;
	}

	@Override
	public boolean canAsk() {
		return !(this.input instanceof NoTerminalInput);
	}

	@Override
	public Optional<Choice> choose() {
		String choice = TerminalConfirmer.read(this.input,
				"Where should the new secret go? [p]rofile, [f]ile, [r]eveal on screen (Enter cancels): ");
		return switch (choice.toLowerCase(Locale.ROOT)) {
			case "p", "profile" -> named("Save as profile: ").map(name -> new Choice(name, null, false));
			case "f", "file" -> named("New credentials file: ").map(file -> new Choice(null, file, false));
			case "r", "reveal" -> Optional.of(new Choice(null, null, true));
			default -> Optional.empty();
		};
	}

	private Optional<String> named(String prompt) {
		String answer = TerminalConfirmer.read(this.input, prompt);
		return answer.isEmpty() ? Optional.empty() : Optional.of(answer);
	}

}
