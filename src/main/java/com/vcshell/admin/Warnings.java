package com.vcshell.admin;

/**
 * Where a use case says something the user should know that is not its result: an audit
 * log that could not be written, what a revoke of the session's own key will do.
 */
@FunctionalInterface
public interface Warnings {

	/** One warning, without a {@code warning:} prefix. */
	void warn(String message);

}
