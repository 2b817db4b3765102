package com.vcshell.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.profile.CredentialsFile.Entry;
import com.vcshell.profile.CredentialsFile.Line;
import com.vcshell.profile.CredentialsFile.Section;

/**
 * Edits the text of a credentials file while keeping every other section, comment, key,
 * blank line and line end exactly as it was. Only the values of the keys being set
 * change; missing keys are added at the end of their section; a new profile is appended.
 */
final class CredentialsFileEditor {

	private CredentialsFileEditor() {
	}

	/**
	 * The text with the profile's key pair (and base URL when not {@code null}) set.
	 */
	static String withProfile(CredentialsFile file, String name, ApiCredentials credentials, String baseUrl) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put(CredentialsFile.KEY_ID, idValue(credentials));
		values.put(CredentialsFile.KEY_SECRET, secretValue(credentials));
		if (baseUrl != null) {
			values.put(CredentialsFile.KEY_BASE_URL, baseUrl);
		}
		return withValues(file, name, values);
	}

	/**
	 * The text with these keys of the profile set to these values (created when missing);
	 * the profile is appended when there is none.
	 */
	static String withValues(CredentialsFile file, String name, Map<String, String> values) {
		List<Line> lines = new ArrayList<>(file.lines());
		String ending = lineEnding(file);
		Optional<Section> existing = file.section(name);
		if (existing.isPresent()) {
			update(lines, existing.get(), values, ending);
		}
		else {
			append(lines, name, values, ending);
		}
		return new CredentialsFile(file.path(), file.bom(), lines, List.of()).text();
	}

	/**
	 * The text without the profile: its header, its keys and the comments between them
	 * go; comments and blank lines that follow its last key stay (they usually describe
	 * the next profile). Removing the last profile also removes the blank line before it,
	 * so that add then remove gives the file back.
	 */
	static String withoutProfile(CredentialsFile file, String name) {
		Section section = file.section(name)
			.orElseThrow(() -> new ProfileException(
					"no profile [" + SafeText.of(name) + "] in " + SafeText.path(file.path())));
		int last = section.entries().isEmpty() ? section.line()
				: section.entries().get(section.entries().size() - 1).line();
		List<Line> lines = new ArrayList<>(file.lines());
		int from = section.line() - 1;
		int to = last;
		boolean blankBefore = from == 0 || lines.get(from - 1).text().isBlank();
		if (blankBefore && to < lines.size() && lines.get(to).text().isBlank()) {
			to++;
		}
		lines.subList(from, to).clear();
		if (from == lines.size() && from > 0 && lines.get(from - 1).text().isBlank()) {
			lines.remove(from - 1); // the blank line that separated the last profile
		}
		return new CredentialsFile(file.path(), file.bom(), lines, List.of()).text();
	}

	private static void update(List<Line> lines, Section section, Map<String, String> values, String ending) {
		List<String> missing = new ArrayList<>();
		for (Map.Entry<String, String> value : values.entrySet()) {
			Optional<Entry> entry = section.entry(value.getKey());
			if (entry.isPresent()) {
				lines.set(entry.get().line() - 1,
						replaceValue(lines.get(entry.get().line() - 1), entry.get(), value.getValue()));
			}
			else {
				missing.add(value.getKey() + " = " + value.getValue());
			}
		}
		int after = section.entries().isEmpty() ? section.line()
				: section.entries().get(section.entries().size() - 1).line();
		insert(lines, after, missing, ending);
	}

	private static Line replaceValue(Line line, Entry entry, String value) {
		String text = line.text();
		String before = text.substring(0, entry.valueStart());
		if (!before.isEmpty() && !Character.isWhitespace(before.charAt(before.length() - 1))) {
			before = before + " ";
		}
		return new Line(before + value + text.substring(entry.valueEnd()), line.ending());
	}

	private static void append(List<Line> lines, String name, Map<String, String> values, String ending) {
		List<String> added = new ArrayList<>();
		if (!lines.isEmpty() && !lines.get(lines.size() - 1).text().isBlank()) {
			added.add("");
		}
		added.add("[" + name + "]");
		values.forEach((key, value) -> added.add(key + " = " + value));
		insert(lines, lines.size(), added, ending);
	}

	/** Inserts new lines after the given 1-based line (0: at the start). */
	private static void insert(List<Line> lines, int after, List<String> texts, String ending) {
		if (texts.isEmpty()) {
			return;
		}
		if (after > 0 && lines.get(after - 1).ending().isEmpty()) {
			lines.set(after - 1, new Line(lines.get(after - 1).text(), ending));
		}
		List<Line> added = new ArrayList<>();
		for (String text : texts) {
			added.add(new Line(text, ending));
		}
		lines.addAll(after, added);
	}

	/** The file's own line end (its first), else the platform's. */
	private static String lineEnding(CredentialsFile file) {
		for (Line line : file.lines()) {
			if (!line.ending().isEmpty()) {
				return line.ending();
			}
		}
		return System.lineSeparator();
	}

	/** The id as Veracode issues it: with its region prefix outside the global region. */
	static String idValue(ApiCredentials credentials) {
		return prefix(credentials, 'i') + credentials.apiId();
	}

	static String secretValue(ApiCredentials credentials) {
		return prefix(credentials, 's') + credentials.secretHex();
	}

	private static String prefix(ApiCredentials credentials, char kind) {
		return switch (credentials.region()) {
			case GLOBAL -> "";
			case EU -> "vera01e" + kind + "-";
			case FEDERAL -> "vera01f" + kind + "-";
		};
	}

}
