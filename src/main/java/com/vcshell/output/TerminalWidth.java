package com.vcshell.output;

import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.jline.terminal.Terminal;

/**
 * How wide a table may be: the terminal's width when interactive, else {@code COLUMNS},
 * else 120. Asked at each render, so a resized window is followed.
 */
public final class TerminalWidth implements IntSupplier {

	static final int DEFAULT = 120;

	private final Supplier<Terminal> terminal;

	private final String columns;

	/**
	 * @param terminal the interactive terminal, or a supplier of {@code null} when not
	 * interactive
	 * @param columns the {@code COLUMNS} variable, or {@code null}
	 */
	public TerminalWidth(Supplier<Terminal> terminal, String columns) {
		this.terminal = terminal;
		this.columns = columns;
	}

	/** A fixed width, for tests and embedding. */
	public static TerminalWidth fixed(int width) {
		return new TerminalWidth(() -> null, Integer.toString(width));
	}

	@Override
	public int getAsInt() {
		Terminal current = this.terminal.get();
		if (current != null && !isDumb(current) && current.getWidth() > 0) {
			return current.getWidth();
		}
		return fromColumns();
	}

	private int fromColumns() {
		if (this.columns != null) {
			try {
				int value = Integer.parseInt(this.columns.strip());
				if (value > 0) {
					return value;
				}
			}
			catch (NumberFormatException ex) {
				// not a number: use the default
			}
		}
		return DEFAULT;
	}

	private static boolean isDumb(Terminal terminal) {
		String type = terminal.getType();
		return Terminal.TYPE_DUMB.equals(type) || Terminal.TYPE_DUMB_COLOR.equals(type);
	}

}
