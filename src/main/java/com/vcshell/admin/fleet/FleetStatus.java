package com.vcshell.admin.fleet;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vcshell.admin.UsageException;
import com.vcshell.vault.RotationJournals;

/**
 * {@code rotate status [<journal>]}: each account's last state as a journal tells it (the
 * newest journal when none is named). Reads only the journal: no request, no plan.
 */
@Component
public class FleetStatus {

	private final RotationJournals journals;

	FleetStatus(RotationJournals journals) {
		this.journals = journals;
	}

	/**
	 * @throws UsageException when there is no journal, or it is not one
	 */
	public RunResult status(@Nullable String journal) {
		Path file = (journal != null && !journal.isBlank()) ? Path.of(journal.strip()).toAbsolutePath()
				: this.journals.newest()
					.orElseThrow(() -> new UsageException("no rotation journal in " + this.journals.folder()
							+ ": run 'rotate apply <plan>' first, or name a journal"));
		if (!file.toFile().isFile()) {
			throw new UsageException("no rotation journal " + file);
		}
		JournalRecord record = JournalRecord.read(this.journals, file);
		return new RunResult(file, record.plan(), record.results(), record.stopped(), false);
	}

}
