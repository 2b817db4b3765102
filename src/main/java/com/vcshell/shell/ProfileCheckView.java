package com.vcshell.shell;

import java.io.PrintWriter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vcshell.admin.check.CheckReport;
import com.vcshell.admin.check.KeyCheck;
import com.vcshell.output.Neutralise;
import com.vcshell.output.OutputFormat;
import com.vcshell.output.Renderer;
import com.vcshell.output.Table;
import com.vcshell.profile.ProfileSummary;

/**
 * Prints {@code profile check} (and {@code profile list --check}): a table with one line
 * per profile and, under it, why each profile that is not valid is not; or CSV (header
 * row, every field); or one JSON array. Key ids are masked, times UTC to the second.
 */
@Component
class ProfileCheckView {

	private static final String[] CSV_HEADERS = { "profile", "account", "region", "api_base_url", "api_key_id",
			"expiration", "days_left", "status", "problem" };

	private final Renderer renderer;

	ProfileCheckView(Renderer renderer) {
		this.renderer = renderer;
	}

	/** {@code profile check}. */
	void report(PrintWriter out, OutputFormat format, CheckReport report) {
		List<Map<String, Object>> json = report.checks().stream().map(ProfileCheckView::fields).toList();
		this.renderer.print(out, format, json, () -> (format == OutputFormat.CSV) ? csv(report) : table(report));
		problems(out, format, report);
	}

	/** {@code profile list --check}: the list's columns, then the check's. */
	void list(PrintWriter out, OutputFormat format, List<ProfileSummary> rows, CheckReport report) {
		List<Map<String, Object>> json = report.checks().stream().map((check) -> {
			Map<String, Object> fields = fields(check);
			summary(rows, check).ifPresent((row) -> fields.put("active", row.active()));
			return fields;
		}).toList();
		this.renderer.print(out, format, json,
				() -> (format == OutputFormat.CSV) ? csv(report) : listTable(rows, report));
		problems(out, format, report);
	}

	private static Table table(CheckReport report) {
		Table table = Table.of("PROFILE", "ACCOUNT", "REGION", "API HOST", "KEY ID", "EXPIRES (UTC)", "DAYS LEFT",
				"STATUS");
		for (KeyCheck check : report.checks()) {
			table.row(check.profile(), orDash(check.account()), orDash(check.region()), orDash(host(check)),
					orDash(check.maskedApiId()), orDash(ExpirationView.time(check.expiration())),
					orDash(check.daysLeft()), check.status().label());
		}
		return table;
	}

	private static Table listTable(List<ProfileSummary> rows, CheckReport report) {
		Table table = Table.of(" ", "PROFILE", "KEY ID", "REGION", "API BASE URL", "ACCOUNT", "EXPIRES (UTC)",
				"DAYS LEFT", "STATUS");
		for (KeyCheck check : report.checks()) {
			boolean active = summary(rows, check).map(ProfileSummary::active).orElse(false);
			table.row(active ? "*" : " ", check.profile(), orDash(check.maskedApiId()), orDash(check.region()),
					orDash(check.apiBaseUrl()), orDash(check.account()),
					orDash(ExpirationView.time(check.expiration())), orDash(check.daysLeft()), check.status().label());
		}
		return table;
	}

	private static Table csv(CheckReport report) {
		Table table = Table.of(CSV_HEADERS);
		for (KeyCheck check : report.checks()) {
			table.row(check.profile(), check.account(), check.region(), check.apiBaseUrl(), check.maskedApiId(),
					ExpirationView.time(check.expiration()), check.daysLeft(), check.status().label(), check.problem());
		}
		return table;
	}

	/** Under a table, one line per profile that is not valid: what is wrong. */
	private static void problems(PrintWriter out, OutputFormat format, CheckReport report) {
		if (format == OutputFormat.TABLE) {
			report.checks()
				.stream()
				.filter((check) -> check.problem() != null)
				.forEach((check) -> out.println(Neutralise.message("[" + check.profile() + "] " + check.problem())));
		}
		out.flush();
	}

	private static Map<String, Object> fields(KeyCheck check) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("profile", check.profile());
		fields.put("account", check.account());
		fields.put("region", check.region());
		fields.put("api_base_url", check.apiBaseUrl());
		fields.put("api_key_id", check.maskedApiId());
		fields.put("expiration", ExpirationView.time(check.expiration()));
		fields.put("days_left", check.daysLeft());
		fields.put("status", check.status().label());
		fields.put("problem", check.problem());
		return fields;
	}

	private static Optional<ProfileSummary> summary(List<ProfileSummary> rows, KeyCheck check) {
		return rows.stream().filter((row) -> row.name().equals(check.profile())).findFirst();
	}

	private static String host(KeyCheck check) {
		return (check.apiBaseUrl() != null) ? URI.create(check.apiBaseUrl()).getHost() : null;
	}

	private static Object orDash(Object value) {
		return (value != null) ? value : "-";
	}

}
