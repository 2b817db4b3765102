package com.vcshell.admin.fleet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vcshell.admin.delivery.DeliveryCommand;
import com.vcshell.admin.delivery.DeliveryResult;
import com.vcshell.admin.delivery.DeliveryRunner;

/**
 * The last steps for one account whose new pair is in a file: run the delivery commands
 * not yet delivered (a failure does not stop the others), check the new key with a signed
 * call, and journal the account's final state. A delivery stopped by Ctrl-C ends the
 * account at once and leaves the interrupt for the run to see.
 */
@Component
class Completion {

	private final DeliveryRunner runner;

	private final NewKeyCheck check;

	Completion(DeliveryRunner runner, NewKeyCheck check) {
		this.runner = runner;
		this.check = check;
	}

	/**
	 * @param delivered the deliveries an earlier run completed ({@link #key})
	 */
	AccountResult complete(PlannedAccount account, @Nullable String oldApiId, LocalCopy copy,
			Collection<String> delivered, RunJournal journal, RotationPlan plan) {
		String newApiId = copy.pair().apiId();
		if (!copy.inAFile()) {
			return journal.done(result(account, AccountState.NOT_SAVED, oldApiId, copy, List.of(), copy.problem()));
		}
		List<String> summaries = new ArrayList<>();
		boolean failed = false;
		boolean interrupted = false;
		for (int i = 0; i < account.deliver().size() && !interrupted; i++) {
			DeliveryCommand command = account.deliver().get(i);
			if (delivered.contains(key(i + 1, command.line()))) {
				summaries.add("exit 0 (delivered before)");
				continue;
			}
			DeliveryResult result = this.runner.run(command, copy.pair(), account.deliverTimeout(), plan.folder(),
					Map.of("VCSHELL_USER_NAME", account.userName(), "VCSHELL_USER_ID", account.userId()));
			journal.delivered(account, newApiId, i + 1, result);
			summaries.add(result.summary());
			failed |= !result.ok();
			interrupted = result.interrupted();
		}
		String verifyFailure = interrupted ? "not checked: interrupted" : this.check.failure(copy.pair());
		if (!interrupted) {
			journal.verified(account, newApiId, verifyFailure);
		}
		AccountState state = !copy.saved() ? AccountState.NOT_SAVED : failed ? AccountState.DELIVERY_FAILED
				: (verifyFailure != null) ? AccountState.VERIFY_FAILED : AccountState.ROTATED;
		AccountResult result = journal
			.done(result(account, state, oldApiId, copy, summaries, note(state, copy, verifyFailure, journal)));
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		return result;
	}

	/** How a delivery is known in the journal: its place in the plan and its text. */
	static String key(int index, String command) {
		return index + " " + command;
	}

	private static @Nullable String note(AccountState state, LocalCopy copy, @Nullable String verifyFailure,
			RunJournal journal) {
		String resume = "rotate resume " + journal.file();
		return switch (state) {
			case NOT_SAVED -> copy.problem();
			case DELIVERY_FAILED -> "the pair is saved; fix the delivery, then: " + resume;
			case VERIFY_FAILED -> verifyFailure + "; check again with: " + resume;
			default -> null;
		};
	}

	private static AccountResult result(PlannedAccount account, AccountState state, @Nullable String oldApiId,
			LocalCopy copy, List<String> deliveries, @Nullable String note) {
		return new AccountResult(account.userName(), account.userId(), state, oldApiId, copy.pair().apiId(),
				copy.savedTo(), copy.rescueFile(), deliveries, note, null);
	}

}
