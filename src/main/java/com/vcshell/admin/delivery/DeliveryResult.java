package com.vcshell.admin.delivery;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How a delivery command ended. Nothing in it holds a secret: the stderr line is masked.
 *
 * @param command the command line as written
 * @param exitCode its exit code; {@code null} when it did not start, or was killed
 * @param stderr the last non-blank line of its stderr, masked, if any
 * @param problem why it did not run to its end: it could not start, it ran past its time
 * limit, it was interrupted; {@code null} when it ended by itself
 * @param interrupted whether Ctrl-C stopped it
 */
public record DeliveryResult(String command, @Nullable Integer exitCode, @Nullable String stderr,
		@Nullable String problem, boolean interrupted) {

	static DeliveryResult ended(String command, int exitCode, @Nullable String stderr) {
		return new DeliveryResult(command, exitCode, stderr, null, false);
	}

	static DeliveryResult notStarted(String command, String why) {
		return new DeliveryResult(command, null, null, "could not start: " + why, false);
	}

	static DeliveryResult timedOut(String command, Duration limit, @Nullable String stderr) {
		return new DeliveryResult(command, null, stderr,
				"timed out after " + limit.toSeconds() + " s; it was killed with its child processes", false);
	}

	static DeliveryResult interrupted(String command, @Nullable String stderr) {
		return new DeliveryResult(command, null, stderr, "interrupted; it was killed with its child processes", true);
	}

	/** Whether it ended by itself with exit code 0. */
	public boolean ok() {
		return this.problem == null && this.exitCode != null && this.exitCode == 0;
	}

	/** One line for people: {@code exit 0}, {@code exit 3: <stderr>}, or the problem. */
	public String summary() {
		String how = (this.problem != null) ? this.problem : "exit " + this.exitCode;
		return (this.stderr != null && !ok()) ? how + ": " + this.stderr : how;
	}

}
