package com.vcshell.admin.fleet;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vcshell.admin.Arguments;
import com.vcshell.admin.Confirmer;
import com.vcshell.admin.DestinationChooser;
import com.vcshell.admin.DryRunOutput;
import com.vcshell.admin.IdentityClients;
import com.vcshell.admin.UsageException;
import com.vcshell.admin.Warnings;
import com.vcshell.admin.delivery.DeliveryPair;
import com.vcshell.admin.delivery.KeptCopies;
import com.vcshell.admin.rotation.CredentialRotation;
import com.vcshell.admin.rotation.GenerateRequest;
import com.vcshell.admin.rotation.RotationResult;
import com.vcshell.identity.ApiCredentialsInfo;
import com.vcshell.identity.VeracodeApiException;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.ProfileException;
import com.vcshell.vault.VaultException;

/**
 * The first steps for one account: check that its api id is still the plan's, then
 * generate through {@link CredentialRotation} (one POST, never retried; saved where the
 * plan says, or rescued; audited; with {@code save_as}, every other local copy of the old
 * key updated after that save, as {@code generate user --save-as} does), journaling each
 * step before the next starts. The rest is {@link Completion}'s.
 */
@Component
class AccountSteps {

	/** The run was confirmed once for every account: nothing more is asked. */
	private static final Confirmer CONFIRMED = new Confirmer() {

		@Override
		public boolean canAsk() {
			return false;
		}

		@Override
		public boolean confirm(String action) {
			return false;
		}

	};

	private final IdentityClients clients;

	private final CredentialRotation rotation;

	private final KeptCopies kept;

	private final ActiveProfile active;

	private final Completion completion;

	private final DryRunOutput dryRunOutput;

	private final Warnings warnings;

	AccountSteps(IdentityClients clients, CredentialRotation rotation, KeptCopies kept, ActiveProfile active,
			Completion completion, DryRunOutput dryRunOutput, Warnings warnings) {
		this.clients = clients;
		this.rotation = rotation;
		this.kept = kept;
		this.active = active;
		this.completion = completion;
		this.dryRunOutput = dryRunOutput;
		this.warnings = warnings;
	}

	/**
	 * Prints the requests a rotation of the account would send; sends, saves, runs
	 * nothing.
	 */
	AccountResult dryRun(PlannedAccount account) {
		this.clients.current(true).credentialsForUser(account.userId());
		this.rotation.generateUser(account.userId(), new GenerateRequest(true, false, null, null, true), CONFIRMED,
				DestinationChooser.NONE);
		account.deliver().forEach((command) -> this.dryRunOutput.line("deliver (not run): " + command.line()));
		return AccountResult.notReached(account, "dry run");
	}

	/** Check, generate, save, deliver, verify. */
	AccountResult rotate(PlannedAccount account, RunJournal journal, RotationPlan plan, boolean force) {
		String current;
		try {
			current = currentApiId(account.userId());
		}
		catch (VeracodeApiException ex) {
			journal.check(account, "failed: " + ex.getMessage(), null);
			return journal.done(Results.failed(account, account.apiId(), ex.getMessage(), ex.kind()));
		}
		if (!same(current, account.apiId()) && !force) {
			journal.check(account, "skipped", current);
			return journal.done(Results.skipped(account, current));
		}
		journal.check(account, "ok", current);
		return generate(account, current, journal, plan);
	}

	/** Generates (the check is done), then completes. */
	AccountResult generate(PlannedAccount account, @Nullable String oldApiId, RunJournal journal, RotationPlan plan) {
		journal.generating(account, oldApiId);
		Path out = outFor(account);
		RotationResult result;
		try {
			result = this.rotation.generateUser(account.userId(),
					new GenerateRequest(true, false, account.saveAs(), (out != null) ? out.toString() : null, false),
					CONFIRMED, DestinationChooser.NONE);
		}
		catch (VeracodeApiException ex) {
			journal.generated(account, oldApiId, ex.outcomeUnknown() ? "unknown" : "failed: " + ex.getMessage(), null);
			return journal.done(ex.outcomeUnknown() ? Results.unknown(account, oldApiId, null, ex.getMessage())
					: Results.failed(account, oldApiId, ex.getMessage(), ex.kind()));
		}
		catch (UsageException | ProfileException | VaultException ex) {
			journal.generated(account, oldApiId, "failed: " + ex.getMessage(), null);
			return journal
				.done(Results.failed(account, oldApiId, ex.getMessage(), VeracodeApiException.Kind.BAD_REQUEST));
		}
		journal.generated(account, oldApiId, "ok", result.apiId());
		LocalCopy copy = new LocalCopy(new DeliveryPair(result.apiId(), result.secret()), result.saved(),
				result.savedTo(), out, result.rescueFile(), result.notSaved());
		journal.saved(account, copy, this.active.credentialsFile(), result.copies());
		result.copies().notUpdated().forEach(this.warnings::warn);
		return this.completion.complete(account, oldApiId, copy, List.of(), journal, plan);
	}

	/** The account's api id now ({@code null}: it has no credentials). */
	@Nullable String currentApiId(String userId) {
		try {
			ApiCredentialsInfo info = this.clients.current().credentialsForUser(userId);
			return info.exists() ? Arguments.bareApiId(info.apiId()) : null;
		}
		catch (VeracodeApiException ex) {
			if (ex.kind() == VeracodeApiException.Kind.NOT_FOUND) {
				return null;
			}
			throw ex;
		}
	}

	/** The plan's new file; a kept copy when it only delivers (never the only copy). */
	private @Nullable Path outFor(PlannedAccount account) {
		if (account.out() != null || account.saveAs() != null) {
			return account.out();
		}
		return this.kept.newFile(account.userName());
	}

	static boolean same(@Nullable String current, @Nullable String planned) {
		return (current == null) ? planned == null : current.equals(planned);
	}

}
