package com.vcshell.shell;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.vcshell.output.OutputFormat;
import com.vcshell.output.Renderer;
import com.vcshell.output.Table;
import com.vcshell.profile.Profile;
import com.vcshell.profile.ProfileSummary;

/**
 * Renders profiles as a table or JSON through the session's renderer. Key ids are masked
 * to their last 4 characters; secrets never appear.
 */
@Component
class ProfileView {

	private final Renderer renderer;

	ProfileView(Renderer renderer) {
		this.renderer = renderer;
	}

	void list(PrintWriter out, List<ProfileSummary> rows, Path file, boolean json) {
		OutputFormat format = this.renderer.format(json);
		if (rows.isEmpty() && format == OutputFormat.TABLE) {
			this.renderer.line(out, "no profiles in " + file + "; add one with 'profile add <profile>'");
			return;
		}
		this.renderer.print(out, format, rows.stream().map(ProfileView::fields).toList(), () -> table(rows));
		if (format == OutputFormat.TABLE) {
			rows.stream()
				.filter(row -> row.problem() != null)
				.forEach(row -> this.renderer.line(out, "[" + row.name() + "] " + row.problem()));
		}
	}

	void details(PrintWriter out, Profile profile, boolean revoked, Path file, boolean json) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("profile", profile.name());
		fields.put("source", (profile.source() == Profile.Source.FILE) ? file.toString()
				: "environment (VERACODE_API_KEY_ID, VERACODE_API_KEY_SECRET)");
		fields.put("api_key_id", profile.credentials().maskedApiId());
		fields.put("region", profile.regionLabel());
		fields.put("api_base_url", profile.apiBaseUrl().toString());
		fields.put("status", revoked ? "revoked in this session" : "active");
		this.renderer.print(out, this.renderer.format(json), fields, () -> {
			Table details = Table.details();
			fields.forEach((key, value) -> details.field(key.replace('_', ' '), value));
			return details;
		});
	}

	private static Table table(List<ProfileSummary> rows) {
		Table table = Table.of(" ", "PROFILE", "KEY ID", "REGION", "API BASE URL");
		for (ProfileSummary row : rows) {
			table.row(row.active() ? "*" : " ", row.name(), orDash(row.maskedApiId()), orDash(row.region()),
					(row.problem() != null) ? "(unusable, see below)" : row.apiBaseUrl());
		}
		return table;
	}

	private static Map<String, Object> fields(ProfileSummary row) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("profile", row.name());
		fields.put("api_key_id", row.maskedApiId());
		fields.put("region", row.region());
		fields.put("api_base_url", row.apiBaseUrl());
		fields.put("active", row.active());
		fields.put("source", (row.source() == Profile.Source.FILE) ? "file" : "environment");
		fields.put("problem", row.problem());
		return fields;
	}

	private static String orDash(String value) {
		return (value != null) ? value : "-";
	}

}
