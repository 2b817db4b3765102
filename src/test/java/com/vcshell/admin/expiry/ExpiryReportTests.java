package com.vcshell.admin.expiry;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vcshell.identity.VeracodeApiException;
import com.vcshell.identity.VeracodeApiException.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiryReportTests {

	@Test
	void rowsAreSortedSoonestFirstWithoutPairsThenErrorsLast() {
		ExpiryRow none = row("none-api", null, "none");
		ExpiryRow error = new ExpiryRow("broken-api", "id", null, null, null, "error", "403 Forbidden");
		ExpiryRow later = row("later-api", Instant.parse("2027-01-01T00:00:00Z"), "valid");
		ExpiryRow sooner = row("sooner-api", Instant.parse("2026-01-01T00:00:00Z"), "expired");

		ExpiryReport report = new ExpiryReport(List.of(error, none, later, sooner), 4, List.of());

		assertThat(report.rows()).extracting(ExpiryRow::userName)
			.containsExactly("sooner-api", "later-api", "none-api", "broken-api");
		assertThat(report.complete()).isTrue();
	}

	@Test
	void anIncompleteReportFailsWithTheFirstFailuresKindAndCounts() {
		VeracodeApiException forbidden = new VeracodeApiException(Kind.REFUSED, 403, "403 Forbidden on GET /x");
		ExpiryReport report = new ExpiryReport(List.of(), 30,
				List.of(forbidden, new VeracodeApiException(Kind.REMOTE, 503, "503")));

		VeracodeApiException failure = report.incomplete();

		assertThat(report.complete()).isFalse();
		assertThat(failure.kind()).isEqualTo(Kind.REFUSED);
		assertThat(failure.getMessage()).startsWith("expiration report incomplete: 2 of 30 accounts could not be read")
			.endsWith("first: 403 Forbidden on GET /x");
	}

	private static ExpiryRow row(String name, Instant expiration, String status) {
		return new ExpiryRow(name, "id-" + name, "api-" + name, expiration, null, status, null);
	}

}
