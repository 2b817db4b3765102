package com.vcshell.admin;

/**
 * Where {@code --dry-run} prints the signed requests it does not send.
 */
@FunctionalInterface
public interface DryRunOutput {

	/** One line of a request. */
	void line(String line);

}
