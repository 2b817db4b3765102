package com.vcshell.admin.fleet;

import java.util.ArrayList;

import org.jspecify.annotations.Nullable;

/**
 * Reads an account's state from its {@link AccountRecord}: the journaled final state when
 * there is one, else what its last step implies (a crash leaves no final state), and what
 * {@code rotate resume} has left to do for it.
 */
final class RecordedState {

	private RecordedState() {
	}

	static AccountState of(AccountRecord record) {
		if (record.done != null) {
			return AccountState.ofLabel(record.done).orElse(AccountState.INTERRUPTED);
		}
		if (record.generate == null) {
			if (record.check == null) {
				return AccountState.NOT_REACHED;
			}
			if (record.check.equals("skipped")) {
				return AccountState.SKIPPED;
			}
			return record.check.startsWith("failed") ? AccountState.FAILED : AccountState.INTERRUPTED;
		}
		if (record.generate.equals("sending") || record.generate.equals("unknown")) {
			return AccountState.UNKNOWN;
		}
		return record.generate.startsWith("failed") ? AccountState.FAILED : AccountState.INTERRUPTED;
	}

	/** Nothing was generated: the account is rotated from the start (check first). */
	static boolean needsRotation(AccountRecord record) {
		AccountState state = of(record);
		return state == AccountState.NOT_REACHED || state == AccountState.FAILED
				|| (state == AccountState.INTERRUPTED && record.generate == null);
	}

	/**
	 * A generate may or may not have happened: the account's api id now tells (never a
	 * generate in the blind).
	 */
	static boolean generateUncertain(AccountRecord record) {
		return of(record) == AccountState.UNKNOWN && record.newApiId == null;
	}

	/** Nothing is left to do for it. */
	static boolean settled(AccountRecord record) {
		AccountState state = of(record);
		return switch (state) {
			case ROTATED, SKIPPED -> true;
			case UNKNOWN -> record.newApiId != null;
			case NOT_SAVED -> (record.savedTo.isEmpty() && record.rescueFile == null)
					|| ("ok".equals(record.verify) && record.delivered.size() == record.deliveries.size());
			default -> false;
		};
	}

	/** The account's result as the journal tells it. */
	static AccountResult result(AccountRecord record) {
		AccountState state = of(record);
		return new AccountResult(record.name, record.id, state, record.oldApiId, record.newApiId, record.savedTo,
				record.rescueFile, new ArrayList<>(record.deliveries.values()), note(record, state), null);
	}

	private static @Nullable String note(AccountRecord record, AccountState state) {
		if (record.done != null) {
			return record.note;
		}
		return switch (state) {
			case UNKNOWN -> "the run stopped while generating: the new pair may or may not exist; "
					+ "rotate resume checks the account's api id";
			case INTERRUPTED -> "the run stopped here; rotate resume finishes it";
			case FAILED -> record.check;
			default -> null;
		};
	}

}
