package com.vcshell.shell;

import java.util.Locale;

import org.springframework.shell.core.InputReader;
import com.vcshell.shell.runtime.NoTerminalInput;

/**
 * The {@code y/N} question of destructive commands. Without a terminal it refuses unless
 * {@code --yes} was given, before anything is sent.
 */
public final class Confirmation {

	private Confirmation() {
	}

	/**
	 * Returns when the user agreed (or {@code yes} was given).
	 * @param what the action, for the question and the refusal ("revoke the credentials
	 * of alice")
	 * @throws UsageException when refused, or when there is no terminal and no --yes
	 */
	public static void require(InputReader input, boolean yes, String what) {
		if (yes) {
			return;
		}
		if (input instanceof NoTerminalInput) {
			throw new UsageException("refusing to " + what + " without --yes: there is no terminal to confirm");
		}
		String answer;
		try {
			answer = input.readInput(capitalise(what) + "? [y/N] ");
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new UsageException("could not read the answer: " + ex.getMessage());
		}
		String normalised = (answer != null) ? answer.strip().toLowerCase(Locale.ROOT) : "";
		if (!normalised.equals("y") && !normalised.equals("yes")) {
			throw new UsageException("cancelled: did not " + what);
		}
	}

	private static String capitalise(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

}
