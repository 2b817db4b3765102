package com.vcshell.shell;

/**
 * A script run with {@code script <file>} failed; its first failure's exit code is kept.
 */
public class ScriptFailedException extends RuntimeException {

	private final int exitCode;

	ScriptFailedException(int exitCode) {
		super("the script stopped with exit code " + exitCode);
		this.exitCode = exitCode;
	}

	public int exitCode() {
		return this.exitCode;
	}

}
