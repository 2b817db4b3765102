package com.vcshell.admin.delivery;

/**
 * New credentials were generated and saved locally, but a delivery command failed, or the
 * signed call with the new key did: the pipeline may not have its new key yet. The
 * message says what failed and how to finish ({@code rotate resume}, or deliver by hand).
 * Exit code 8.
 */
public class DeliveryFailedException extends RuntimeException {

	public DeliveryFailedException(String message) {
		super(message);
	}

}
