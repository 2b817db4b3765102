package com.vcshell.shell;

/**
 * Bad command-line input: unknown command or option, missing argument, refused without
 * --yes. Exit code 2.
 */
public class UsageException extends RuntimeException {

	public UsageException(String message) {
		super(message);
	}

}
