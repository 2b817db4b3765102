package com.vcshell.admin;

/**
 * A request a use case will not carry out as given: a bad or missing argument, an
 * operation refused without {@code --yes} where nobody can confirm, a question the user
 * cancelled, a missing destination for a new secret. Nothing was sent. Exit code 2.
 */
public class UsageException extends RuntimeException {

	public UsageException(String message) {
		super(message);
	}

}
