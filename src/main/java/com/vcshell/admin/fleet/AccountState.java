package com.vcshell.admin.fleet;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an account of a run ended, worst first: the order decides the run's exit code
 * (the worst account's).
 */
public enum AccountState {

	/**
	 * A generate may or may not have happened (a timeout or 5xx after the POST was sent,
	 * or a crash while it was in flight), or it did and no copy of the pair is held: the
	 * run stops.
	 */
	UNKNOWN("unknown"),

	/**
	 * Generated, but not saved where the plan says: it is in a rescue file (or only on
	 * stderr); the run stops.
	 */
	NOT_SAVED("not saved"),

	/**
	 * Generated and saved, but a delivery command failed: the pipeline may not have the
	 * new pair yet.
	 */
	DELIVERY_FAILED("delivery failed"),

	/** Generated, saved and delivered, but the signed call with the new key failed. */
	VERIFY_FAILED("verify failed"),

	/** The check or the generate failed for sure: nothing was generated. */
	FAILED("failed"),

	/**
	 * The account's api id was no longer the plan's: not rotated (--force rotates
	 * anyway).
	 */
	SKIPPED("skipped"),

	/**
	 * The run stopped during this account (a crash): {@code rotate resume} finishes it.
	 */
	INTERRUPTED("interrupted"),

	/** The run stopped before this account. */
	NOT_REACHED("not reached"),

	/** Generated, saved, delivered and verified. */
	ROTATED("rotated");

	private final String label;

	AccountState(String label) {
		this.label = label;
	}

	/** As tables, JSON and the journal show it. */
	public String label() {
		return this.label;
	}

	static Optional<AccountState> ofLabel(String label) {
		return Arrays.stream(values()).filter((state) -> state.label.equals(label)).findFirst();
	}

	/** Whether this state is worse than the other. */
	boolean worseThan(AccountState other) {
		return ordinal() < other.ordinal();
	}

}
