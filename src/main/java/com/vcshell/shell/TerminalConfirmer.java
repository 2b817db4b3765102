package com.vcshell.shell;

import java.util.Locale;

import org.springframework.shell.core.InputReader;

import com.vcshell.admin.Confirmer;
import com.vcshell.admin.UsageException;
import com.vcshell.output.Neutralise;
import com.vcshell.shell.runtime.NoTerminalInput;

/**
 * The {@code y/N} question of destructive commands, asked through the command's input: at
 * a terminal it asks; in a script, a pipe or a test without answers nobody can. The
 * question names what it is about (a user, a profile) as every message does
 * ({@link Neutralise#message}).
 */
final class TerminalConfirmer implements Confirmer {

	private final InputReader input;

	TerminalConfirmer(InputReader input) {
		this.input = input;
	}

	@Override
	public boolean canAsk() {
		return !(this.input instanceof NoTerminalInput);
	}

	@Override
	public boolean confirm(String action) {
		String answer = TerminalConfirmer.read(this.input, Neutralise.message(Confirmer.question(action)) + " [y/N] ");
		String normalised = answer.toLowerCase(Locale.ROOT);
		return normalised.equals("y") || normalised.equals("yes");
	}

	/** An answer, stripped; {@code ""} for none. */
	static String read(InputReader input, String prompt) {
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
