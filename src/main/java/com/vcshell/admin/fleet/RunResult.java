package com.vcshell.admin.fleet;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a run of a plan did ({@code rotate apply}, {@code resume}), or what a journal says
 * it did ({@code rotate status}).
 *
 * @param journal the journal ({@code null} in a dry run)
 * @param plan the plan file
 * @param accounts every account of the plan, in order
 * @param stopped why the run stopped before the end, if it did
 * @param dryRun whether requests were only printed
 */
public record RunResult(@Nullable Path journal, Path plan, List<AccountResult> accounts, @Nullable String stopped,
		boolean dryRun) {

	public RunResult {
		accounts = List.copyOf(accounts);
	}

	/** The account that ended worst, if any did not end {@code rotated}. */
	public Optional<AccountResult> worst() {
		return this.accounts.stream()
			.filter((account) -> account.state() != AccountState.ROTATED)
			.min(Comparator.comparingInt((AccountResult account) -> account.state().ordinal()));
	}

	/** How many accounts ended in the state. */
	public long count(AccountState state) {
		return this.accounts.stream().filter((account) -> account.state() == state).count();
	}

}
