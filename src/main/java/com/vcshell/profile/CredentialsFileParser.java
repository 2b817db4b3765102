package com.vcshell.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vcshell.profile.CredentialsFile.Entry;
import com.vcshell.profile.CredentialsFile.Line;
import com.vcshell.profile.CredentialsFile.Section;

/**
 * Reads Veracode's credentials file as its own tools do (Python's {@code configparser},
 * the Java wrapper's ini4j): {@code [profile]} sections, {@code key = value} or
 * {@code key: value} lines, key names in any case, {@code #} and {@code ;} comment lines,
 * blank lines, any line end, a UTF-8 BOM. Like {@code configparser} it refuses keys
 * outside a section, duplicate sections and duplicate keys. Messages name the line, never
 * its content (it may be a pasted secret); names and keys appear as {@link SafeText}
 * shows them.
 */
final class CredentialsFileParser {

	private final Path path;

	private final List<Section> sections = new ArrayList<>();

	private String sectionName;

	private int sectionLine;

	private List<Entry> entries = new ArrayList<>();

	/**
	 * The line of each key of the open section, and of each section: no quadratic scans.
	 */
	private final Map<String, Integer> keyLines = new HashMap<>();

	private final Map<String, Integer> sectionLines = new HashMap<>();

	CredentialsFileParser(Path path) {
		this.path = path;
	}

	CredentialsFile parse(String text) {
		boolean bom = text.startsWith("\uFEFF");
		List<Line> lines = split(bom ? text.substring(1) : text);
		for (int i = 0; i < lines.size(); i++) {
			parseLine(lines.get(i).text(), i + 1);
		}
		closeSection(lines.size());
		return new CredentialsFile(this.path, bom, lines, this.sections);
	}

	private void parseLine(String text, int number) {
		String stripped = text.strip();
		if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith(";")) {
			return;
		}
		if (stripped.startsWith("[")) {
			openSection(stripped, number);
			return;
		}
		int delimiter = delimiter(text);
		if (delimiter < 0) {
			throw error(number, "expected [profile], key = value, or a # comment");
		}
		String key = text.substring(0, delimiter).strip().toLowerCase(Locale.ROOT);
		if (key.isEmpty()) {
			throw error(number, "a line starts with '" + text.charAt(delimiter) + "' but has no key name");
		}
		if (this.sectionName == null) {
			throw error(number, "key " + SafeText.of(key) + " appears before any [profile] section");
		}
		Integer earlier = this.keyLines.putIfAbsent(key, number);
		if (earlier != null) {
			throw error(number, "key " + SafeText.of(key) + " appears twice in profile ["
					+ SafeText.of(this.sectionName) + "] (lines " + earlier + " and " + number + ")");
		}
		int start = delimiter + 1;
		while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		int end = text.length();
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		this.entries.add(new Entry(key, text.substring(start, end), number, start, end));
	}

	private void openSection(String stripped, int number) {
		if (!stripped.endsWith("]") || stripped.length() < 2) {
			throw error(number, "a section header must look like [profile]");
		}
		String name = stripped.substring(1, stripped.length() - 1).strip();
		if (name.isEmpty()) {
			throw error(number, "the section header [] names no profile");
		}
		closeSection(number - 1);
		Integer earlier = this.sectionLines.putIfAbsent(name, number);
		if (earlier != null) {
			throw error(number,
					"profile [" + SafeText.of(name) + "] appears twice (lines " + earlier + " and " + number + ")");
		}
		this.sectionName = name;
		this.sectionLine = number;
		this.entries = new ArrayList<>();
		this.keyLines.clear();
	}

	private void closeSection(int lastLine) {
		if (this.sectionName != null) {
			this.sections.add(new Section(this.sectionName, this.sectionLine, lastLine, this.entries));
			this.sectionName = null;
		}
	}

	/** The first {@code =} or {@code :}, as configparser takes it. */
	private static int delimiter(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '=' || c == ':') {
				return i;
			}
		}
		return -1;
	}

	private ProfileException error(int number, String problem) {
		return new ProfileException(SafeText.path(this.path) + " line " + number + ": " + problem);
	}

	/**
	 * Splits text into lines, keeping each line's end ({@code \r\n}, {@code \n},
	 * {@code \r}).
	 */
	static List<Line> split(String text) {
		List<Line> lines = new ArrayList<>();
		int start = 0;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				int end = i;
				i += (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? 2 : 1;
				lines.add(new Line(text.substring(start, end), text.substring(end, i)));
				start = i;
			}
			else {
				i++;
			}
		}
		if (start < text.length()) {
			lines.add(new Line(text.substring(start), ""));
		}
		return lines;
	}

}
