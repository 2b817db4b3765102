package com.vcshell.profile;

/**
 * A credentials or profile problem: no credentials found, a malformed credentials file
 * (the message names the file and line), an unknown profile. Messages never hold a
 * secret.
 */
public class ProfileException extends RuntimeException {

	public ProfileException(String message) {
		super(message);
	}

	public ProfileException(String message, Throwable cause) {
		super(message, cause);
	}

}
