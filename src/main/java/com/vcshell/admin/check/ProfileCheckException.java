package com.vcshell.admin.check;

/**
 * A {@code profile check} found a profile that is not {@code valid}; its worst status
 * decides the exit code (the mapping is in {@code cli.ExitMapper}).
 */
public class ProfileCheckException extends RuntimeException {

	private final KeyStatus worst;

	public ProfileCheckException(KeyStatus worst, String message) {
		super(message);
		this.worst = worst;
	}

	public KeyStatus worst() {
		return this.worst;
	}

}
