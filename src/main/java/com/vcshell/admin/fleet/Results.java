package com.vcshell.admin.fleet;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vcshell.identity.VeracodeApiException;

/** The results of accounts that end before a pair is saved. */
final class Results {

	private Results() {
	}

	static AccountResult skipped(PlannedAccount account, @Nullable String current) {
		String now = (current != null) ? "is now " + current : "has no credentials now";
		return new AccountResult(account.userName(), account.userId(), AccountState.SKIPPED, current, null, List.of(),
				null, List.of(), "its api id " + now + ", not the plan's " + orNone(account.apiId())
						+ ": rotated elsewhere? Plan again, or apply with --force",
				null);
	}

	static AccountResult failed(PlannedAccount account, @Nullable String oldApiId, String why,
			VeracodeApiException.Kind kind) {
		return new AccountResult(account.userName(), account.userId(), AccountState.FAILED, oldApiId, null, List.of(),
				null, List.of(), "nothing generated: " + why, kind);
	}

	/**
	 * A generate whose outcome is unknown, or known to have happened with no copy held.
	 * @param newApiId the api id the account has now, when known
	 */
	static AccountResult unknown(PlannedAccount account, @Nullable String oldApiId, @Nullable String newApiId,
			String why) {
		return new AccountResult(account.userName(), account.userId(), AccountState.UNKNOWN, oldApiId, newApiId,
				List.of(), null, List.of(), why, VeracodeApiException.Kind.REMOTE);
	}

	static String orNone(@Nullable String apiId) {
		return (apiId != null) ? apiId : "(none)";
	}

}
