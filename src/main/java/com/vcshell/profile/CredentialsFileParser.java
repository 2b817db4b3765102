package com.vcshell.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.vcshell.profile.CredentialsFile.Entry;
import com.vcshell.profile.CredentialsFile.Line;
import com.vcshell.profile.CredentialsFile.Section;

/**
 * Reads Veracode's credentials file as its own tools do (Python's {@code configparser},
 * the Java wrapper's ini4j): {@code [profile]} sections, {@code key = value} or
 * {@code key: value} lines, key names in any case, {@code #} and {@code ;} comment lines,
 * blank lines, any line end, a UTF-8 BOM. Like {@code configparser} it refuses keys
 * outside a section, duplicate sections and duplicate keys. Messages name the line, never
 * its content (it may be a pasted secret).
 */
final class CredentialsFileParser {

	private static final Pattern HEX_RUN = Pattern.compile("[0-9a-fA-F]{16,}");

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_.@ +-]+");

	private final Path path;

	private final List<Section> sections = new ArrayList<>();

	private String sectionName;

	private int sectionLine;

	private List<Entry> entries = new ArrayList<>();

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
			throw error(number, "key " + printable(key) + " appears before any [profile] section");
		}
		for (Entry entry : this.entries) {
			if (entry.key().equals(key)) {
				throw error(number, "key " + printable(key) + " appears twice in profile ["
						+ printable(this.sectionName) + "] (lines " + entry.line() + " and " + number + ")");
			}
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
		for (Section section : this.sections) {
			if (section.name().equals(name)) {
				throw error(number, "profile [" + printable(name) + "] appears twice (lines " + section.line() + " and "
						+ number + ")");
			}
		}
		this.sectionName = name;
		this.sectionLine = number;
		this.entries = new ArrayList<>();
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

	/**
	 * Key and profile names are shown only when they look like names: a pasted secret (a
	 * long hex run) or control characters are never echoed.
	 */
	static String printable(String name) {
		if (name.length() > 40 || HEX_RUN.matcher(name).find() || !NAME.matcher(name).matches()) {
			return "(" + name.length() + " characters, not shown)";
		}
		return name;
	}

	private ProfileException error(int number, String problem) {
		return new ProfileException(this.path + " line " + number + ": " + problem);
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
