package com.vcshell.shell.runtime;

import java.util.function.Supplier;

import org.jline.reader.LineReader;

import org.springframework.shell.core.InputReader;

/**
 * Reads answers at a real terminal. Answers never enter the history, and secrets are read
 * without echo.
 * <p>
 * Workaround: Spring Shell 4.0.1's JLine input reader stores answers in the history and
 * echoes {@code *} for secrets (seen in 4.0.1; no upstream issue known). Delete when
 * Spring Shell's reader reads answers without history and secrets without echo.
 */
public final class TerminalInput implements InputReader {

	private final LineReader reader;

	public TerminalInput(LineReader reader) {
		this.reader = reader;
	}

	@Override
	public String readInput(String prompt) {
		return withoutHistory(() -> this.reader.readLine(prompt));
	}

	@Override
	public char[] readPassword(String prompt) {
		return withoutHistory(() -> this.reader.readLine(prompt, '\0')).toCharArray();
	}

	private String withoutHistory(Supplier<String> read) {
		Object previous = this.reader.getVariable(LineReader.DISABLE_HISTORY);
		this.reader.setVariable(LineReader.DISABLE_HISTORY, Boolean.TRUE);
		try {
			return read.get();
		}
		finally {
			this.reader.setVariable(LineReader.DISABLE_HISTORY, (previous != null) ? previous : Boolean.FALSE);
		}
	}

}
