package com.vcshell.admin.fleet;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vcshell.identity.VeracodeApiException;

/**
 * How one account of a run ended. Never holds a secret.
 *
 * @param userName the account's user name
 * @param userId its user id
 * @param state where it ended
 * @param oldApiId its api id before (as checked, else as planned)
 * @param newApiId the new api id, when one was generated
 * @param savedTo where the new pair was saved
 * @param rescueFile the rescue file, when the save failed
 * @param deliveries one line per delivery command run: {@code exit 0}, {@code exit 3:
 * <stderr, masked>}, {@code timed out …}
 * @param note what to know or do next, when anything
 * @param failure what kind of API failure made it {@code failed} or {@code unknown}
 */
public record AccountResult(String userName, String userId, AccountState state, @Nullable String oldApiId,
		@Nullable String newApiId, List<String> savedTo, @Nullable Path rescueFile, List<String> deliveries,
		@Nullable String note, VeracodeApiException.@Nullable Kind failure) {

	public AccountResult {
		savedTo = List.copyOf(savedTo);
		deliveries = List.copyOf(deliveries);
	}

	/** An account the run did not get to. */
	static AccountResult notReached(PlannedAccount account, @Nullable String note) {
		return new AccountResult(account.userName(), account.userId(), AccountState.NOT_REACHED, account.apiId(), null,
				List.of(), null, List.of(), note, null);
	}

	/**
	 * Whether the run stops after this account, as the next one could meet the same
	 * fault: a generate whose outcome is unknown (no new api id known), or a pair that
	 * could not be saved. A pair known lost (its new api id known) is no live fault.
	 */
	boolean stopsTheRun() {
		return (this.state == AccountState.UNKNOWN && this.newApiId == null) || this.state == AccountState.NOT_SAVED;
	}

}
