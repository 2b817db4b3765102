package com.vcshell.admin.fleet;

/**
 * A plan read and checked, about to be applied: nothing was sent yet.
 *
 * @param plan the plan
 * @param force whether accounts whose api id changed are rotated anyway
 * @param dryRun whether the requests are only printed
 * @param yes whether the run was confirmed already ({@code --yes})
 */
public record PreparedRun(RotationPlan plan, boolean force, boolean dryRun, boolean yes) {

	/** Whether the user is asked before it runs. */
	public boolean asks() {
		return !this.yes && !this.dryRun;
	}

	/** The question: {@code rotate the 3 accounts of plan /path/payments.plan …}. */
	String action() {
		return "rotate the " + PlanChecks.accounts(this.plan.accounts().size()) + " of plan " + this.plan.file()
				+ " (each generate revokes that account's current pair)";
	}

}
