package com.vcshell.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import com.vcshell.profile.Profile;
import com.vcshell.profile.ProfileSummary;

/**
 * Renders profiles as a table or JSON. Key ids are masked to their last 4 characters;
 * secrets never appear.
 */
final class ProfileView {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProfileView() {
	}

	static String list(List<ProfileSummary> rows, Path file, boolean json) {
		if (json) {
			return JSON.writerWithDefaultPrettyPrinter()
				.writeValueAsString(rows.stream().map(ProfileView::fields).toList());
		}
		if (rows.isEmpty()) {
			return "no profiles in " + file + "; add one with 'profile add <profile>'";
		}
		List<String[]> cells = new ArrayList<>();
		cells.add(new String[] { " ", "PROFILE", "KEY ID", "REGION", "API BASE URL" });
		List<String> problems = new ArrayList<>();
		for (ProfileSummary row : rows) {
			cells.add(new String[] { row.active() ? "*" : " ", row.name(), orDash(row.maskedApiId()),
					orDash(row.region()), (row.problem() != null) ? "(unusable, see below)" : row.apiBaseUrl() });
			if (row.problem() != null) {
				problems.add("[" + row.name() + "] " + row.problem());
			}
		}
		StringBuilder out = new StringBuilder(table(cells));
		problems.forEach((problem) -> out.append(System.lineSeparator()).append(problem));
		return out.toString();
	}

	static String details(Profile profile, boolean revoked, Path file, boolean json) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("profile", profile.name());
		fields.put("source", (profile.source() == Profile.Source.FILE) ? file.toString()
				: "environment (VERACODE_API_KEY_ID, VERACODE_API_KEY_SECRET)");
		fields.put("api_key_id", profile.credentials().maskedApiId());
		fields.put("region", profile.regionLabel());
		fields.put("api_base_url", profile.apiBaseUrl().toString());
		fields.put("status", revoked ? "revoked in this session" : "active");
		if (json) {
			return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(fields);
		}
		List<String[]> cells = new ArrayList<>();
		fields.forEach((key, value) -> cells.add(new String[] { key.replace('_', ' '), String.valueOf(value) }));
		return table(cells);
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

	private static String table(List<String[]> rows) {
		int columns = rows.get(0).length;
		int[] widths = new int[columns];
		for (String[] row : rows) {
			for (int i = 0; i < columns; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		StringBuilder out = new StringBuilder();
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < columns; i++) {
				line.append((i < columns - 1) ? pad(row[i], widths[i]) + "  " : row[i]);
			}
			if (out.length() > 0) {
				out.append(System.lineSeparator());
			}
			out.append(line.toString().stripTrailing());
		}
		return out.toString();
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(width - text.length());
	}

}
