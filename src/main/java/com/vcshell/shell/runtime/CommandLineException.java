package com.vcshell.shell.runtime;

/**
 * The command line itself is wrong: an unknown command or option, a missing value, an
 * unclosed quote, a script file that cannot be read. A usage error (exit code 2); the
 * message says what to type instead.
 */
public class CommandLineException extends RuntimeException {

	public CommandLineException(String message) {
		super(message);
	}

}
