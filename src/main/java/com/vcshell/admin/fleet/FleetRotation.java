package com.vcshell.admin.fleet;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.stereotype.Component;

import com.vcshell.admin.Confirmer;
import com.vcshell.admin.IdentityClients;
import com.vcshell.admin.ProgressListener;
import com.vcshell.admin.SessionOptions;
import com.vcshell.admin.UsageException;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.Profile;
import com.vcshell.vault.RotationJournals;

/**
 * {@code rotate apply <plan> [--yes] [--dry-run] [--force]}: reads and checks the whole
 * plan before anything is sent, is confirmed once, then rotates each account in turn
 * ({@link AccountSteps}: check → generate → save → deliver → verify, each step journaled
 * before the next) and returns every account's final state.
 */
@Component
public class FleetRotation {

	private final Plans plans;

	private final PlanChecks checks;

	private final AccountSteps steps;

	private final RotationJournals journals;

	private final ActiveProfile active;

	private final IdentityClients clients;

	private final SessionOptions session;

	private final Clock clock;

	FleetRotation(Plans plans, PlanChecks checks, AccountSteps steps, RotationJournals journals, ActiveProfile active,
			IdentityClients clients, SessionOptions session, Clock clock) {
		this.plans = plans;
		this.checks = checks;
		this.steps = steps;
		this.journals = journals;
		this.active = active;
		this.clients = clients;
		this.session = session;
		this.clock = clock;
	}

	/**
	 * Reads and checks the plan against the tenant's host and this machine.
	 * @throws PlanException for a plan that cannot be applied (file and line)
	 * @throws UsageException in a script without {@code --yes}
	 */
	public PreparedRun prepare(Path planFile, boolean yes, boolean dryRun, boolean force, Confirmer confirmer) {
		Profile profile = this.active.require();
		RotationPlan plan = this.plans.read(planFile);
		this.checks.host(plan, profile);
		PreparedRun run = new PreparedRun(plan, force, this.clients.dryRun(dryRun), yes || this.session.yes());
		if (!run.dryRun()) {
			this.checks.destinations(plan, plan.accounts(), profile);
		}
		confirmer.refuseWithoutTerminal(!run.asks(), run.action());
		return run;
	}

	/**
	 * Asks once, unless {@code --yes} or a dry run.
	 * @throws UsageException when the user did not agree
	 */
	public void confirm(PreparedRun run, Confirmer confirmer) {
		confirmer.require(!run.asks(), run.action());
	}

	/** Applies the plan; a dry run prints the requests and changes nothing. */
	public RunResult apply(PreparedRun run, ProgressListener progress) {
		RotationPlan plan = run.plan();
		if (run.dryRun()) {
			return new RunResult(null, plan.file(), plan.accounts().stream().map(this.steps::dryRun).toList(), null,
					true);
		}
		Profile profile = this.active.require();
		RunJournal journal = new RunJournal(this.journals, this.journals.create(plan.name(), this.clock.instant()),
				this.clock);
		journal.start(plan, profile, run.force());
		return RunLoop.run(plan, journal, progress,
				(account) -> this.steps.rotate(account, journal, plan, run.force()));
	}

}
