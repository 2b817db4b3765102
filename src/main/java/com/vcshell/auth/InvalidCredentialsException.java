package com.vcshell.auth;

/**
 * A credential pair that is not in Veracode's format. The message says what is wrong and
 * never contains the secret.
 */
public class InvalidCredentialsException extends IllegalArgumentException {

	public InvalidCredentialsException(String message) {
		super(message);
	}

}
