package com.vcshell.cli;

/**
 * The emulator or the demo could not start: a port in use, a credentials file that cannot
 * be written. Exit code 1, with this message instead of "unexpected internal error".
 */
class LaunchException extends RuntimeException {

	LaunchException(String message, Throwable cause) {
		super(message, cause);
	}

}
