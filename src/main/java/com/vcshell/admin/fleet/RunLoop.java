package com.vcshell.admin.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.vcshell.admin.ProgressListener;

/**
 * Goes through a plan's accounts in order, one at a time (apply is sequential by design:
 * every call still goes through the host's shared rate limiter). It stops after an
 * account whose fault the next one could meet ({@code unknown}, {@code not saved}), and
 * before the next account once Ctrl-C was pressed; the accounts after that are
 * {@code not reached}.
 */
final class RunLoop {

	private RunLoop() {
	}

	static RunResult run(RotationPlan plan, RunJournal journal, ProgressListener progress,
			Function<PlannedAccount, AccountResult> each) {
		List<AccountResult> results = new ArrayList<>();
		String stopped = null;
		progress.start(plan.accounts().size());
		try {
			for (PlannedAccount account : plan.accounts()) {
				if (stopped == null && Thread.interrupted()) {
					stopped = "interrupted (Ctrl-C) before account [" + account.userName() + "]";
					journal.stopped(stopped);
				}
				if (stopped != null) {
					results.add(AccountResult.notReached(account, "the run stopped: rotate resume " + journal.file()));
					continue;
				}
				AccountResult result = each.apply(account);
				results.add(result);
				progress.step();
				if (result.stopsTheRun()) {
					stopped = "stopped after account [" + account.userName() + "] (" + result.state().label()
							+ "): the next account could meet the same fault";
					journal.stopped(stopped);
				}
			}
		}
		finally {
			progress.finish();
		}
		return new RunResult(journal.file(), plan.file(), results, stopped, false);
	}

}
