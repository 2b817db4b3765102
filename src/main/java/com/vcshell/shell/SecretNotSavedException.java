package com.vcshell.shell;

/**
 * New credentials were generated but could not be saved where asked; the message says
 * where the rescue copy is. Exit code 7.
 */
public class SecretNotSavedException extends RuntimeException {

	public SecretNotSavedException(String message) {
		super(message);
	}

}
