package com.vcshell.output;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Colour and emphasis, or nothing at all: when colour is off (stdout not a terminal,
 * {@code --no-color}, {@code NO_COLOR}) every method returns its text unchanged.
 */
public final class Ansi {

	private final boolean enabled;

	public Ansi(boolean enabled) {
		this.enabled = enabled;
	}

	/** Table headers: bold and underlined. */
	public String header(String text) {
		return style(text, AttributedStyle.BOLD.underline());
	}

	public String bold(String text) {
		return style(text, AttributedStyle.BOLD);
	}

	private String style(String text, AttributedStyle style) {
		if (!this.enabled || text.isEmpty()) {
			return text;
		}
		return new AttributedString(text, style).toAnsi();
	}

}
