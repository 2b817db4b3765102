package com.vcshell.admin;

/**
 * What the command line decided for the whole session.
 *
 * @param yes {@code --yes}: confirm destructive operations without asking
 * @param dryRun {@code --dry-run}: print requests instead of sending them
 */
public record SessionOptions(boolean yes, boolean dryRun) {

	/** Ask before destructive operations, and send requests. */
	public static SessionOptions defaults() {
		return new SessionOptions(false, false);
	}

}
