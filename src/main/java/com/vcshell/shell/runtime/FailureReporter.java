package com.vcshell.shell.runtime;

import java.io.PrintWriter;

/**
 * Reports a failed command: one {@code error: ...} line (and, when debugging, the stack
 * trace) on the error writer, and the exit code for it. The runner, the script runner and
 * the interactive loop all report through this; the command line ({@code cli}) implements
 * it, so the one mapping from exceptions to exit codes lives there.
 */
@FunctionalInterface
public interface FailureReporter {

	/**
	 * Prints the failure and returns its exit code (never 0).
	 * @param failure what the command threw, as thrown (wrappers included)
	 * @param err where the error line goes
	 */
	int report(Throwable failure, PrintWriter err);

}
