package com.vcshell.shell.runtime;

import org.springframework.shell.core.InputReader;

/**
 * The input of a script, a pipe or a test without answers: there is nobody to ask, so
 * every question is refused.
 */
public final class NoTerminalInput implements InputReader {

	public static final NoTerminalInput INSTANCE = new NoTerminalInput();

	private NoTerminalInput() {
	}

	@Override
	public String readInput(String prompt) {
		throw new CommandLineException("no terminal to answer '" + prompt.strip() + "'");
	}

	@Override
	public char[] readPassword(String prompt) {
		throw new CommandLineException("no terminal to answer '" + prompt.strip() + "'");
	}

}
