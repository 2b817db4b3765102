package com.vcshell.admin.fleet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vcshell.admin.rotation.CredentialRotation;
import com.vcshell.admin.rotation.RotationResult;
import com.vcshell.identity.GeneratedCredentials;
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

	private final CredentialRotation rotation;

	Resumption(AccountSteps steps, Completion completion, PairLocator locator, ActiveProfile active,
			CredentialRotation rotation) {
		this.steps = steps;
		this.completion = completion;
		this.locator = locator;
		this.active = active;
		this.rotation = rotation;
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
		LocalCopy recovered = copy.get().saved() ? copy.get() : recover(account, copy.get());
		journal.saved(account, recovered, this.active.credentialsFile());
		return this.completion.complete(account, record.oldApiId, recovered, record.delivered, journal, plan);
	}

	/**
	 * A pair found only elsewhere (a temp file a crash left, a rescue file) is saved
	 * where the plan says, as the run would have: into its profile, and its new file when
	 * that does not exist yet.
	 */
	private LocalCopy recover(PlannedAccount account, LocalCopy found) {
		boolean inProfile = found.savedTo().stream().anyMatch((place) -> place.startsWith("profile ["));
		boolean inOut = account.out() != null && found.savedTo().contains("new file " + account.out());
		String saveAs = (account.saveAs() != null && !inProfile) ? account.saveAs() : null;
		Path out = (account.out() != null && !inOut && !Files.exists(account.out())) ? account.out() : null;
		if (saveAs == null && out == null) {
			return found;
		}
		RotationResult result = this.rotation.saveRecovered(account.label(),
				new GeneratedCredentials(found.pair().apiId(), found.pair().apiSecret(), null), saveAs, out);
		List<String> savedTo = new ArrayList<>(found.savedTo());
		savedTo.addAll(result.savedTo());
		boolean complete = result.saved() && (account.out() == null || inOut || out != null);
		String problem = complete ? null : (result.notSaved() != null) ? result.notSaved()
				: "out " + account.out() + " exists and holds another pair";
		return new LocalCopy(found.pair(), complete, savedTo, (out != null) ? out : found.file(),
				(result.rescueFile() != null) ? result.rescueFile() : found.rescueFile(), problem);
	}

}
