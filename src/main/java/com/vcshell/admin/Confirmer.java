package com.vcshell.admin;

import java.util.Locale;

/**
 * Asks the user to confirm a destructive operation (design §1: generate and revoke ask
 * {@code y/N}). At a terminal it asks; in a script or pipe nobody can answer, and the
 * operation is refused unless {@code --yes} was given, before anything is sent.
 */
public interface Confirmer {

	/** Whether someone can answer. */
	boolean canAsk();

	/**
	 * Asks whether to do the action ("revoke the credentials of alice"); {@code true}
	 * when the user agreed. Called only when {@link #canAsk()}.
	 */
	boolean confirm(String action);

	/**
	 * Returns when the action may go ahead: {@code yes} was given or the user agreed.
	 * @throws UsageException when nobody can be asked, or the user did not agree
	 */
	default void require(boolean yes, String action) {
		if (yes) {
			return;
		}
		if (!canAsk()) {
			throw refusal(action);
		}
		if (!confirm(action)) {
			throw new UsageException("cancelled: did not " + action);
		}
	}

	/**
	 * Refuses at once, before any request, what could only be confirmed by someone who is
	 * not there.
	 * @throws UsageException when {@code yes} was not given and nobody can be asked
	 */
	default void refuseWithoutTerminal(boolean yes, String action) {
		if (!yes && !canAsk()) {
			throw refusal(action);
		}
	}

	private static UsageException refusal(String action) {
		return new UsageException("refusing to " + action + " without --yes: there is no terminal to confirm");
	}

	/** The question for an action: "Revoke the credentials of alice?". */
	static String question(String action) {
		return action.isEmpty() ? "?" : action.substring(0, 1).toUpperCase(Locale.ROOT) + action.substring(1) + "?";
	}

}
