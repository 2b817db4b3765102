package com.vcshell.admin.fleet;

/**
 * A journal read back with its plan, about to be resumed: nothing was sent yet.
 *
 * @param record what the journal says
 * @param plan the plan as it is now
 * @param yes whether the run was confirmed already ({@code --yes})
 * @param pending how many accounts have something left to do
 */
public record PreparedResume(JournalRecord record, RotationPlan plan, boolean yes, int pending) {

	/** Whether the user is asked before it runs. */
	public boolean asks() {
		return !this.yes && this.pending > 0;
	}

	String action() {
		return "finish the run of plan " + this.plan.name() + ": " + PlanChecks.accounts(this.pending)
				+ " to rotate, deliver to or check (a rotation revokes that account's current pair)";
	}

}
