package com.vcshell.shell.runtime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Words the user typed as a usage error quotes them: each cut to {@value #MAX_SHOWN}
 * characters, so that a 5,000-character argument does not fill the screen. The error line
 * masks and neutralises them as every message.
 */
final class Words {

	static final int MAX_SHOWN = 64;

	private Words() {
	}

	/** One word, cut when long. */
	static String shown(String word) {
		if (word.codePointCount(0, word.length()) <= MAX_SHOWN) {
			return word;
		}
		return word.substring(0, word.offsetByCodePoints(0, MAX_SHOWN - 3)) + "... (" + word.length() + " characters)";
	}

	/** Words quoted one by one: {@code 'a' 'b c'}; at most 5, then how many more. */
	static String quoted(List<String> words) {
		String shown = words.stream().limit(5).map((word) -> "'" + shown(word) + "'").collect(Collectors.joining(" "));
		return (words.size() > 5) ? shown + " and " + (words.size() - 5) + " more" : shown;
	}

}
