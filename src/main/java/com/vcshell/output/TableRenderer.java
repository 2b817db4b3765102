package com.vcshell.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jline.utils.AttributedString;

/**
 * Prints a {@link Table} as aligned columns no wider than the terminal. When the columns
 * do not fit, the widest ones shrink and their cells end with an ellipsis; a row is
 * always one line. Control characters in cells are neutralised so data cannot move the
 * cursor or inject colour.
 */
final class TableRenderer {

	static final String NO_RESULTS = "no results";

	private static final String GAP = "  ";

	private static final int MIN_COLUMN = 3;

	private final String ellipsis;

	/**
	 * @param ellipsis {@code …}, or {@code ...} where the output cannot encode it
	 */
	TableRenderer(String ellipsis) {
		this.ellipsis = ellipsis;
	}

	void render(Table table, int width, Ansi ansi, PrintWriter out) {
		if (table.isEmpty()) {
			out.println(NO_RESULTS);
		}
		else if (table.isDetails()) {
			renderDetails(table, width, ansi, out);
		}
		else {
			renderColumns(table, width, ansi, out);
		}
		out.flush();
	}

	private void renderColumns(Table table, int width, Ansi ansi, PrintWriter out) {
		List<String> headers = table.headers().stream().map(TableRenderer::clean).toList();
		List<List<String>> rows = cleanRows(table);
		int[] widths = naturalWidths(headers, rows);
		fit(widths, width);
		out.println(line(headers, widths, ansi::header, widths.length));
		for (List<String> row : rows) {
			out.println(line(row, widths, UnaryOperator.identity(), 0));
		}
	}

	private void renderDetails(Table table, int width, Ansi ansi, PrintWriter out) {
		List<List<String>> rows = cleanRows(table);
		int keyWidth = rows.stream().mapToInt(row -> columns(row.get(0))).max().orElse(0);
		int[] widths = { keyWidth, Math.max(MIN_COLUMN, width - keyWidth - GAP.length()) };
		fit(widths, width);
		for (List<String> row : rows) {
			out.println(line(row, widths, ansi::bold, 1));
		}
	}

	private static List<List<String>> cleanRows(Table table) {
		return table.rows().stream().map(row -> row.stream().map(TableRenderer::clean).toList()).toList();
	}

	private static int[] naturalWidths(List<String> headers, List<List<String>> rows) {
		int[] widths = new int[headers.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = columns(headers.get(i));
		}
		for (List<String> row : rows) {
			for (int i = 0; i < widths.length; i++) {
				widths[i] = Math.max(widths[i], columns(row.get(i)));
			}
		}
		return widths;
	}

	/** Narrows the widest column one step at a time until the line fits or none can. */
	static void fit(int[] widths, int available) {
		int total = GAP.length() * (widths.length - 1);
		for (int w : widths) {
			total += w;
		}
		while (total > available) {
			int widest = 0;
			for (int i = 1; i < widths.length; i++) {
				if (widths[i] > widths[widest]) {
					widest = i;
				}
			}
			if (widths[widest] <= MIN_COLUMN) {
				return;
			}
			widths[widest]--;
			total--;
		}
	}

	/**
	 * One line: each cell cut to its column and padded, the first {@code styled} cells
	 * styled; no trailing spaces.
	 */
	private String line(List<String> cells, int[] widths, UnaryOperator<String> style, int styled) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < widths.length; i++) {
			String text = cut(cells.get(i), widths[i]);
			String shown = (i < styled) ? style.apply(text) : text;
			boolean last = i == widths.length - 1;
			parts.add(last ? shown : shown + " ".repeat(Math.max(0, widths[i] - columns(text))));
		}
		return String.join(GAP, parts).stripTrailing();
	}

	String cut(String text, int width) {
		if (columns(text) <= width) {
			return text;
		}
		int keep = Math.max(0, width - columns(this.ellipsis));
		return new AttributedString(text).columnSubSequence(0, keep).toString() + this.ellipsis;
	}

	static int columns(String text) {
		return new AttributedString(text).columnLength();
	}

	/** Tabs and line breaks become spaces; other control characters become '?'. */
	static String clean(String text) {
		return Neutralise.cell(text);
	}

}
