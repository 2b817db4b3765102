package com.vcshell.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words as a POSIX shell would: whitespace separates words,
 * single quotes keep their content literally, double quotes group and allow backslash
 * escapes, a backslash outside quotes escapes the next character.
 */
final class LineTokenizer {

	private LineTokenizer() {
	}

	static List<String> tokenize(String line) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean inWord = false;
		char quote = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quote == '\'') {
				if (c == '\'') {
					quote = 0;
				}
				else {
					word.append(c);
				}
			}
			else if (quote == '"') {
				if (c == '"') {
					quote = 0;
				}
				else if (c == '\\' && i + 1 < line.length()) {
					word.append(line.charAt(++i));
				}
				else {
					word.append(c);
				}
			}
			else if (Character.isWhitespace(c)) {
				if (inWord) {
					words.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
			}
			else {
				inWord = true;
				if (c == '\'' || c == '"') {
					quote = c;
				}
				else if (c == '\\' && i + 1 < line.length()) {
					word.append(line.charAt(++i));
				}
				else {
					word.append(c);
				}
			}
		}
		if (quote != 0) {
			throw new UsageException("unclosed " + ((quote == '"') ? "double" : "single") + " quote");
		}
		if (inWord) {
			words.add(word.toString());
		}
		return words;
	}

	/** Quotes a word so that {@link #tokenize} gives it back unchanged. */
	static String quote(String word) {
		if (!word.isEmpty() && word.chars().noneMatch(c -> Character.isWhitespace(c) || "'\"\\".indexOf(c) >= 0)) {
			return word;
		}
		return "'" + word.replace("'", "'\\''") + "'";
	}

}
