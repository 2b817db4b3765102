package com.vcshell.admin.expiry;

import java.util.Comparator;
import java.util.List;

import com.vcshell.identity.VeracodeApiException;

/**
 * The result of {@code expiration report}: rows sorted soonest first (accounts without a
 * pair, then unreadable ones, last), and the first failure, if any account could not be
 * read.
 *
 * @param rows the rows to print
 * @param accounts how many accounts were looked at
 * @param failures why accounts could not be read, in order
 */
public record ExpiryReport(List<ExpiryRow> rows, int accounts, List<VeracodeApiException> failures) {

	static final Comparator<ExpiryRow> SOONEST_FIRST = Comparator.comparing((ExpiryRow row) -> row.expiration() == null)
		.thenComparing(ExpiryRow::isError)
		.thenComparing(ExpiryRow::expiration, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(ExpiryRow::userName, Comparator.nullsLast(Comparator.naturalOrder()));

	public ExpiryReport {
		rows = rows.stream().sorted(SOONEST_FIRST).toList();
		failures = List.copyOf(failures);
	}

	/** Whether every account could be read. */
	public boolean complete() {
		return this.failures.isEmpty();
	}

	/**
	 * The exception that makes an incomplete report fail (after it is printed): the kind
	 * and status of the first failure, with how many rows it concerns.
	 */
	public VeracodeApiException incomplete() {
		VeracodeApiException first = this.failures.get(0);
		return new VeracodeApiException(first.kind(), first.status(),
				"expiration report incomplete: " + this.failures.size() + " of " + this.accounts
						+ " accounts could not be read (status 'error' in their rows); first: " + first.getMessage());
	}

}
