package com.vcshell.admin.fleet;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.vcshell.admin.Confirmer;
import com.vcshell.admin.ProgressListener;
import com.vcshell.admin.SessionOptions;
import com.vcshell.admin.UsageException;
import com.vcshell.admin.Warnings;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.Profile;
import com.vcshell.vault.RotationJournals;

/**
 * {@code rotate resume <journal>}: finishes a run that stopped (a crash, Ctrl-C, a lost
 * network, a failed delivery), appending to the same journal: the accounts not reached
 * are rotated, pending deliveries re-run from the pair where it was saved, new keys
 * checked again, and an {@code unknown} generate settled by the account's api id now,
 * never by generating again in the blind ({@link Resumption}).
 */
@Component
public class FleetResume {

	private final RotationJournals journals;

	private final Plans plans;

	private final PlanChecks checks;

	private final Resumption resumption;

	private final ActiveProfile active;

	private final SessionOptions session;

	private final Warnings warnings;

	private final Clock clock;

	FleetResume(RotationJournals journals, Plans plans, PlanChecks checks, Resumption resumption, ActiveProfile active,
			SessionOptions session, Warnings warnings, Clock clock) {
		this.journals = journals;
		this.plans = plans;
		this.checks = checks;
		this.resumption = resumption;
		this.active = active;
		this.session = session;
		this.warnings = warnings;
		this.clock = clock;
	}

	/**
	 * Reads the journal and its plan, and checks what is left to do; nothing is sent.
	 * @throws PlanException for a journal or plan that cannot be used
	 * @throws UsageException in a script without {@code --yes}
	 */
	public PreparedResume prepare(Path journal, boolean yes, Confirmer confirmer) {
		Profile profile = this.active.require();
		JournalRecord record = JournalRecord.read(this.journals, journal.toAbsolutePath());
		RotationPlan plan = this.plans.read(record.plan());
		if (!plan.digest().equals(record.digest())) {
			this.warnings
				.warn("the plan " + plan.file() + " changed since the run started; resuming with it as it is now");
		}
		Set<String> planned = plan.accounts().stream().map(PlannedAccount::userId).collect(Collectors.toSet());
		record.accounts()
			.values()
			.stream()
			.filter((account) -> !planned.contains(account.id))
			.forEach((account) -> this.warnings.warn(
					"account [" + account.name + "] is in the journal but no longer in the plan: it is left as it is"));
		this.checks.host(plan, profile);
		Map<String, AccountRecord> accounts = record.accounts();
		List<PlannedAccount> toRotate = plan.accounts()
			.stream()
			.filter((account) -> accounts.get(account.userId()) == null
					|| RecordedState.needsRotation(accounts.get(account.userId())))
			.toList();
		this.checks.destinations(plan, toRotate, profile);
		int pending = (int) plan.accounts()
			.stream()
			.filter((account) -> accounts.get(account.userId()) == null
					|| !RecordedState.settled(accounts.get(account.userId())))
			.count();
		PreparedResume run = new PreparedResume(record, plan, yes || this.session.yes(), pending);
		confirmer.refuseWithoutTerminal(!run.asks(), run.action());
		return run;
	}

	/** Asks once, unless {@code --yes} or nothing is left to do. */
	public void confirm(PreparedResume run, Confirmer confirmer) {
		confirmer.require(!run.asks(), run.action());
	}

	public RunResult resume(PreparedResume run, ProgressListener progress) {
		RunJournal journal = new RunJournal(this.journals, run.record().file(), this.clock);
		journal.resumed(run.plan());
		Map<String, AccountRecord> accounts = run.record().accounts();
		return RunLoop.run(run.plan(), journal, progress,
				(account) -> this.resumption.resume(account, accounts.get(account.userId()), journal, run.plan()));
	}

}
