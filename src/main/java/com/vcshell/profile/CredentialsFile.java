package com.vcshell.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vcshell.auth.Masking;

/**
 * A parsed credentials file: every line as it was (text and line end), plus the profiles
 * (INI sections) and their keys found in it. Immutable; edits make new text through
 * {@link CredentialsFileEditor}.
 *
 * @param path the file, for messages
 * @param bom whether the text started with a UTF-8 byte order mark
 * @param lines every line, in order
 * @param sections the profiles, in order
 */
record CredentialsFile(Path path, boolean bom, List<Line> lines, List<Section> sections) {

	/** The key of the API key id, as Veracode's tools spell it. */
	static final String KEY_ID = "veracode_api_key_id";

	/** The key of the API key secret. */
	static final String KEY_SECRET = "veracode_api_key_secret";

	/** vcshell's own key, ignored by other tools. */
	static final String KEY_BASE_URL = "api_base_url";

	CredentialsFile {
		lines = List.copyOf(lines);
		sections = List.copyOf(sections);
	}

	/** A file that does not exist yet. */
	static CredentialsFile empty(Path path) {
		return new CredentialsFile(path, false, List.of(), List.of());
	}

	/**
	 * Parses the text of a credentials file.
	 * @throws ProfileException naming the file and line of the first problem
	 */
	static CredentialsFile parse(Path path, String text) {
		return new CredentialsFileParser(path).parse(text);
	}

	List<String> profileNames() {
		List<String> names = new ArrayList<>();
		for (Section section : this.sections) {
			names.add(section.name());
		}
		return names;
	}

	Optional<Section> section(String name) {
		return this.sections.stream().filter(section -> section.name().equals(name)).findFirst();
	}

	/** The whole text again, BOM included: identical to what was parsed. */
	String text() {
		StringBuilder text = new StringBuilder(this.bom ? "\uFEFF" : "");
		for (Line line : this.lines) {
			text.append(line.text()).append(line.ending());
		}
		return text.toString();
	}

	/** {@code <file> line <n>}, the start of every message about a line. */
	String where(int lineNumber) {
		return SafeText.path(this.path) + " line " + lineNumber;
	}

	/**
	 * {@code <file> line <n> (profile [name])}, the start of a message about a profile.
	 */
	String where(int lineNumber, Section section) {
		return where(lineNumber) + " (profile [" + SafeText.of(section.name()) + "])";
	}

	/**
	 * One line of the file.
	 *
	 * @param text the line without its end
	 * @param ending {@code \n}, {@code \r\n}, {@code \r}, or empty on a last line without
	 * one
	 */
	record Line(String text, String ending) {

		/** A line may hold a secret: only its length shows. */
		@Override
		public String toString() {
			return "Line[" + this.text.length() + " characters]";
		}

	}

	/**
	 * A {@code key = value} line inside a section.
	 *
	 * @param key the key name, lower case
	 * @param value the value, stripped of surrounding whitespace
	 * @param line the 1-based line number
	 * @param valueStart where the value starts in the line text
	 * @param valueEnd where the value ends in the line text
	 */
	record Entry(String key, String value, int line, int valueStart, int valueEnd) {

		/** The value may be a secret: it shows masked. */
		@Override
		public String toString() {
			return "Entry[" + this.key + " = " + Masking.mask(this.value) + ", line " + this.line + "]";
		}

	}

	/**
	 * A profile: an INI section.
	 *
	 * @param name the name between the brackets, stripped
	 * @param line the 1-based line number of the {@code [name]} header
	 * @param lastLine the 1-based number of the last line that belongs to it (up to the
	 * next header)
	 * @param entries its keys, in order
	 */
	record Section(String name, int line, int lastLine, List<Entry> entries) {

		Section {
			entries = List.copyOf(entries);
		}

		Optional<Entry> entry(String key) {
			return this.entries.stream().filter(entry -> entry.key().equals(key)).findFirst();
		}

	}

}
