package com.vcshell.admin;

/**
 * What the command line decided for the whole session.
 *
 * @param yes {@code --yes}: confirm destructive operations without asking
 * @param dryRun {@code --dry-run}: print requests instead of sending them
 * @param demo {@code --demo}: the session runs on the built-in demo tenant, and the
 * prompt says so
 */
public record SessionOptions(boolean yes, boolean dryRun, boolean demo) {

	/** Options of a session on a real tenant. */
	public SessionOptions(boolean yes, boolean dryRun) {
		this(yes, dryRun, false);
	}

	/** Ask before destructive operations, and send requests. */
	public static SessionOptions defaults() {
		return new SessionOptions(false, false);
	}

}
