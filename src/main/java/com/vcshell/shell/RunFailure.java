package com.vcshell.shell;

import java.util.Optional;

import com.vcshell.admin.UsageException;
import com.vcshell.admin.delivery.DeliveryFailedException;
import com.vcshell.admin.fleet.AccountResult;
import com.vcshell.admin.fleet.AccountState;
import com.vcshell.admin.fleet.RunResult;
import com.vcshell.identity.VeracodeApiException;

/**
 * The failure a run of a plan ends with: that of its worst account, so that the exit code
 * is the worst outcome's (README, "Rotating a fleet": unknown 6, not saved 7, delivery or
 * verify failed 8, failed the API error's, skipped 2). None when every account was
 * rotated, or in a dry run.
 */
final class RunFailure {

	private RunFailure() {
	}

	static Optional<RuntimeException> of(RunResult result) {
		if (result.dryRun()) {
			return Optional.empty();
		}
		return result.worst().map((worst) -> failure(worst, message(result, worst)));
	}

	private static RuntimeException failure(AccountResult worst, String message) {
		return switch (worst.state()) {
			case UNKNOWN -> new VeracodeApiException(VeracodeApiException.Kind.REMOTE, 0, message, null, true);
			case NOT_SAVED -> new SecretNotSavedException(message);
			case DELIVERY_FAILED, VERIFY_FAILED, INTERRUPTED -> new DeliveryFailedException(message);
			case FAILED -> new VeracodeApiException(
					(worst.failure() != null) ? worst.failure() : VeracodeApiException.Kind.REMOTE, 0, message);
			case SKIPPED, NOT_REACHED, ROTATED -> new UsageException(message);
		};
	}

	private static String message(RunResult result, AccountResult worst) {
		long rotated = result.count(AccountState.ROTATED);
		String note = (worst.note() != null) ? ": " + worst.note() : "";
		return (result.accounts().size() - rotated) + " of " + result.accounts().size()
				+ " accounts not rotated; worst: [" + worst.userName() + "] " + worst.state().label() + note
				+ "; journal " + result.journal();
	}

}
