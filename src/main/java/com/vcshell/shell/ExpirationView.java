package com.vcshell.shell;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.vcshell.output.OutputFormat;
import com.vcshell.output.Renderer;
import com.vcshell.output.Table;
import com.vcshell.output.Unmasked;
import com.vcshell.admin.expiry.ExpiryReport;
import com.vcshell.admin.expiry.ExpiryRow;

/**
 * Prints {@code expiration} results: one pair as details, the report as a table, CSV
 * (header row, always with the {@code error} column) or one JSON array. Times are UTC,
 * ISO-8601, to the second; api ids are shown in full ({@link Unmasked}), anything else
 * that looks like a key is masked.
 */
@Component
class ExpirationView {

	private static final String[] CSV_HEADERS = { "user_name", "user_id", "api_id", "expiration", "days_left", "status",
			"error" };

	private static final String[] TABLE_HEADERS = { "user name", "api id", "expires (UTC)", "days left", "status",
			"error" };

	private final Renderer renderer;

	ExpirationView(Renderer renderer) {
		this.renderer = renderer;
	}

	void one(PrintWriter out, OutputFormat format, ExpiryRow row) {
		this.renderer.print(out, format, json(row), () -> details(row));
	}

	void report(PrintWriter out, OutputFormat format, ExpiryReport report) {
		this.renderer.print(out, format, report.rows().stream().map(this::json).toList(),
				() -> table(report, format == OutputFormat.CSV));
	}

	/** The row's JSON fields, the api id in full. */
	private Map<String, Object> json(ExpiryRow row) {
		Map<String, Object> fields = this.renderer.jsonFields(row);
		if (row.apiId() != null) {
			fields.put("api_id", Unmasked.apiId(row.apiId()));
		}
		return fields;
	}

	private static Table details(ExpiryRow row) {
		Table table = Table.details();
		if (row.userName() != null) {
			table.field("user name", row.userName()).field("user id", row.userId());
		}
		return table.field("api id", orDash(Unmasked.apiId(row.apiId())))
			.field("expires (UTC)", orDash(time(row.expiration())))
			.field("days left", orDash(row.daysLeft()))
			.field("status", row.status());
	}

	/**
	 * CSV: every field, always with the error column. Table: no user id (so the api id
	 * fits), the error column only when a row has one.
	 */
	private static Table table(ExpiryReport report, boolean csv) {
		int columns = (csv || !report.complete()) ? TABLE_HEADERS.length : TABLE_HEADERS.length - 1;
		Table table = csv ? Table.of(CSV_HEADERS) : Table.of(Arrays.copyOf(TABLE_HEADERS, columns));
		for (ExpiryRow row : report.rows()) {
			String expires = time(row.expiration());
			if (csv) {
				table.row(row.userName(), row.userId(), Unmasked.apiId(row.apiId()), expires, row.daysLeft(),
						row.status(), row.error());
			}
			else {
				Object[] cells = { row.userName(), Unmasked.apiId(row.apiId()), expires, row.daysLeft(), row.status(),
						row.error() };
				table.row(Arrays.copyOf(cells, columns));
			}
		}
		return table;
	}

	static @Nullable String time(@Nullable Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_INSTANT.format(instant) : null;
	}

	private static Object orDash(@Nullable Object value) {
		return (value != null) ? value : "-";
	}

}
