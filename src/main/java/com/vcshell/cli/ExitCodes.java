package com.vcshell.cli;

/** The exit codes of one-shot and script mode (design §5). */
public final class ExitCodes {

	public static final int OK = 0;

	public static final int INTERNAL = 1;

	public static final int USAGE = 2;

	public static final int CREDENTIALS = 3;

	public static final int REFUSED = 4;

	public static final int NOT_FOUND = 5;

	public static final int REMOTE = 6;

	public static final int NOT_SAVED = 7;

	/**
	 * New credentials were generated and saved locally, but a delivery command or the
	 * check with the new key failed (issue 11).
	 */
	public static final int NOT_DELIVERED = 8;

	private ExitCodes() {
	}

}
