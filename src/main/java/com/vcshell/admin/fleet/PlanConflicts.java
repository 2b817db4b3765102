package com.vcshell.admin.fleet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What two accounts of one plan may not share: a user id, a profile to save into, a new
 * file to write.
 */
final class PlanConflicts {

	private final PlanLines lines;

	PlanConflicts(PlanLines lines) {
		this.lines = lines;
	}

	/**
	 * @throws PlanException at the second account of the first pair that conflicts
	 */
	void check(List<PlannedAccount> accounts) {
		unique(accounts, PlannedAccount::userId, "user_id", "the same account under two names");
		unique(accounts, PlannedAccount::saveAs, "save_as", "one profile holds one pair");
		unique(accounts, (account) -> (account.out() != null) ? account.out().toString() : null, "out",
				"a new file holds one pair");
	}

	private void unique(List<PlannedAccount> accounts, Function<PlannedAccount, String> key, String name, String why) {
		Map<String, PlannedAccount> seen = new HashMap<>();
		for (PlannedAccount account : accounts) {
			String value = key.apply(account);
			if (value == null) {
				continue;
			}
			PlannedAccount first = seen.putIfAbsent(value, account);
			if (first != null) {
				throw this.lines.problem(account.line(), account.userName(), name + " is the same as account ["
						+ first.userName() + "] on line " + first.line() + " (" + why + ")");
			}
		}
	}

}
