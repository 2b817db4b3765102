package com.vcshell.output;

import java.util.Locale;

import com.vcshell.auth.Masking;

/**
 * How text that vcshell did not write itself (a name from the API or the credentials
 * file, an argument the user typed, a server's message) reaches a person: anything that
 * looks like a key is masked by {@link Masking#scrub}, the one masking function, and no
 * control character reaches the terminal, so a line stays one line, {@code \r} cannot
 * overwrite it and an escape sequence cannot colour, move or retitle anything. Control
 * characters are C0, DEL, C1, format characters (bidi overrides, zero-width marks), line
 * and paragraph separators and lone surrogates.
 */
public final class Neutralise {

	private Neutralise() {
	}

	/**
	 * A message line (an error, a warning, a command's one-line answer): masked, and
	 * every control character shown as an escape: {@code \n}, {@code \r}, {@code \t},
	 * {@code \u001B}.
	 */
	public static String message(String text) {
		return escape(Masking.scrub(text));
	}

	/**
	 * Text that may span lines (a stack trace for {@code --debug}): each line as
	 * {@link #message}, but with its line breaks and tabs kept.
	 */
	public static String lines(String text) {
		StringBuilder shown = new StringBuilder(text.length());
		text.lines()
			.forEach(
					(line) -> shown.append(escapeAllButLineBreaks(Masking.scrub(line))).append(System.lineSeparator()));
		return shown.toString();
	}

	/**
	 * A table cell, already masked ({@link Table} masks every cell that is not
	 * {@link Unmasked}): tabs and line breaks become spaces and other control characters
	 * {@code ?}, so a row stays one line and keeps its width.
	 */
	static String cell(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			if (c == '\t' || c == '\n' || c == '\r') {
				clean.append(' ');
			}
			else {
				clean.appendCodePoint(isControl(c) ? '?' : c);
			}
		});
		return clean.toString();
	}

	/**
	 * Control characters other than tab and line breaks as escapes, the rest as it was
	 * (for CSV, whose quoting keeps line breaks).
	 */
	static String escapeAllButLineBreaks(String text) {
		StringBuilder shown = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			if (c == '\t' || c == '\n' || c == '\r' || !isControl(c)) {
				shown.appendCodePoint(c);
			}
			else {
				shown.append(unicodeEscape(c));
			}
		});
		return shown.toString();
	}

	private static String escape(String text) {
		StringBuilder shown = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '\n' -> shown.append("\\n");
				case '\r' -> shown.append("\\r");
				case '\t' -> shown.append("\\t");
				default -> {
					if (isControl(c)) {
						shown.append(unicodeEscape(c));
					}
					else {
						shown.appendCodePoint(c);
					}
				}
			}
		});
		return shown.toString();
	}

	private static String unicodeEscape(int c) {
		return (c <= 0xFFFF) ? String.format(Locale.ROOT, "\\u%04X", c) : String.format(Locale.ROOT, "\\u{%X}", c);
	}

	/**
	 * C0, DEL and C1 controls, format characters (bidi controls, zero-width marks), line
	 * and paragraph separators, and lone surrogates.
	 */
	static boolean isControl(int c) {
		return switch (Character.getType(c)) {
			case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
					Character.SURROGATE ->
				true;
			default -> false;
		};
	}

}
