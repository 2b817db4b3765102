package com.vcshell.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.vcshell.auth.Masking;

/**
 * How text read from a credentials file, the environment or a command line appears in a
 * message: the one place that decides it for the profile package. Anything that looks
 * like a key (a run of 32 or more hex characters, or a {@code vera01} prefix and what
 * follows it) is masked to {@code ****} plus its last 4 characters by
 * {@link Masking#scrub}, the one masking function; control, format and bidi characters
 * are shown as escapes ({@code \n}, {@code \u001B}), so a message stays one line and
 * cannot move the cursor; a long value is cut.
 */
final class SafeText {

	/** The most characters of a name or value shown before it is cut. */
	static final int MAX_SHOWN = 64;

	private static final int MAX_LISTED = 20;

	private SafeText() {
	}

	/** A name, key or value as a message shows it: masked, escaped, cut. */
	static String of(String text) {
		String masked = mask(text);
		if (masked.codePointCount(0, masked.length()) <= MAX_SHOWN) {
			return escape(masked);
		}
		String head = masked.substring(0, masked.offsetByCodePoints(0, MAX_SHOWN - 4));
		return escape(head) + "... (" + text.length() + " characters)";
	}

	/**
	 * A path as a message shows it: masked and escaped, never cut; empty as {@code ''}.
	 */
	static String path(Path path) {
		String text = path.toString();
		return text.isEmpty() ? "''" : line(text);
	}

	/** Longer text (a path, the JDK's message) as a message shows it: masked, escaped. */
	static String line(String text) {
		return escape(mask(text));
	}

	/** Names as a message lists them: each shown, comma-separated, at most 20. */
	static String list(List<String> names) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < Math.min(names.size(), MAX_LISTED); i++) {
			text.append((i > 0) ? ", " : "").append(of(names.get(i)));
		}
		if (names.size() > MAX_LISTED) {
			text.append(" and ").append(names.size() - MAX_LISTED).append(" more");
		}
		return text.toString();
	}

	/** Whether the text holds something that looks like a key or secret. */
	static boolean looksSecret(String text) {
		return Masking.looksSecret(text);
	}

	/** The first control, format or separator character, or -1 when there is none. */
	static int firstControl(String text) {
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (isControl(c)) {
				return c;
			}
			i += Character.charCount(c);
		}
		return -1;
	}

	/** {@code U+001B}: how a message names one character. */
	static String codePoint(int c) {
		return String.format(Locale.ROOT, "U+%04X", c);
	}

	private static String mask(String text) {
		return Masking.scrub(text);
	}

	private static String escape(String text) {
		StringBuilder shown = new StringBuilder(text.length());
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			switch (c) {
				case '\n' -> shown.append("\\n");
				case '\r' -> shown.append("\\r");
				case '\t' -> shown.append("\\t");
				default -> {
					if (isControl(c)) {
						shown.append((c <= 0xFFFF) ? String.format(Locale.ROOT, "\\u%04X", c)
								: String.format(Locale.ROOT, "\\u{%X}", c));
					}
					else {
						shown.appendCodePoint(c);
					}
				}
			}
		}
		return shown.toString();
	}

	/**
	 * C0, DEL and C1 controls, format characters (bidi controls, zero-width marks), line
	 * and paragraph separators, and lone surrogates.
	 */
	private static boolean isControl(int c) {
		return switch (Character.getType(c)) {
			case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
					Character.SURROGATE ->
				true;
			default -> false;
		};
	}

}
