package com.vcshell.admin.fleet;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vcshell.identity.VeracodeApiException;
import com.vcshell.profile.ActiveProfile;

/**
 * What {@code rotate resume} does for one account, from what its journal says: nothing
 * once settled; a full rotation when nothing was generated; for a generate that may or
 * may not have happened, the account's api id now decides (the same as before: it did not
 * happen, rotate; another: find the new pair on this machine, or report it lost); for a
 * saved pair, the deliveries not yet done and the check with the new key.
 */
@Component
class Resumption {

	private final AccountSteps steps;

	private final Completion completion;

	private final PairLocator locator;

	private final ActiveProfile active;

	Resumption(AccountSteps steps, Completion completion, PairLocator locator, ActiveProfile active) {
		this.steps = steps;
		this.completion = completion;
		this.locator = locator;
		this.active = active;
	}

	AccountResult resume(PlannedAccount account, @Nullable AccountRecord record, RunJournal journal,
			RotationPlan plan) {
		if (record == null || RecordedState.needsRotation(record)) {
			return this.steps.rotate(account, journal, plan, false);
		}
		if (RecordedState.settled(record)) {
			return RecordedState.result(record);
		}
		if (RecordedState.generateUncertain(record)) {
			return settle(account, record, journal, plan);
		}
		String newApiId = String.valueOf(record.newApiId);
		Optional<LocalCopy> copy = this.locator.locate(account, record, newApiId);
		if (copy.isEmpty()) {
			return journal.done(new AccountResult(account.userName(), account.userId(), AccountState.DELIVERY_FAILED,
					record.oldApiId, newApiId, record.savedTo, record.rescueFile,
					record.deliveries.values().stream().toList(),
					"the new pair (api id " + newApiId + ") is no longer where it was saved (" + record.savedTo
							+ "); deliver it by hand from where you moved it",
					null));
		}
		return this.completion.complete(account, record.oldApiId, copy.get(), record.delivered, journal, plan);
	}

	/** A generate of unknown outcome: never generate again in the blind. */
	private AccountResult settle(PlannedAccount account, AccountRecord record, RunJournal journal, RotationPlan plan) {
		String current;
		try {
			current = this.steps.currentApiId(account.userId());
		}
		catch (VeracodeApiException ex) {
			return journal.done(Results.unknown(account, record.oldApiId, null,
					"could not read the account's api id to tell whether it was generated: " + ex.getMessage()));
		}
		if (AccountSteps.same(current, record.oldApiId)) {
			journal.check(account, "ok: not generated, the api id is still the old one", current);
			return this.steps.generate(account, current, journal, plan);
		}
		Optional<LocalCopy> copy = (current != null) ? this.locator.locate(account, record, current) : Optional.empty();
		if (copy.isEmpty()) {
			return journal.done(Results.unknown(account, record.oldApiId, current, "the account's api id is now "
					+ Results.orNone(current) + ", not " + Results.orNone(record.oldApiId)
					+ ": a new pair was generated (by the run that stopped, or elsewhere) and no file here holds it; "
					+ "it is lost: rotate the account again (generate user " + account.userName() + " --save-as …)"));
		}
		journal.generated(account, record.oldApiId, "found", current);
		journal.saved(account, copy.get(), this.active.credentialsFile());
		return this.completion.complete(account, record.oldApiId, copy.get(), record.delivered, journal, plan);
	}

}
