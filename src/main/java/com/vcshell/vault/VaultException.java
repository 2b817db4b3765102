package com.vcshell.vault;

/**
 * A file that holds (or records the fate of) a secret could not be written: a new
 * credentials file, a rescue file, the audit log. The message names the file and what
 * failed, never the secret.
 */
public class VaultException extends RuntimeException {

	public VaultException(String message, Throwable cause) {
		super(message, cause);
	}

}
