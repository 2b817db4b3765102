package com.vcshell.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints a {@link Table} as RFC 4180 CSV: a header row, then one record a row, CRLF line
 * ends; a field holding a comma, a double quote or a line break is enclosed in double
 * quotes, with its quotes doubled. Other control characters are written as escapes
 * ({@code \u001B}), so a file shown in a terminal cannot drive it; the cells are masked
 * as {@link Table} masks them.
 */
final class CsvRenderer {

	private static final String CRLF = "\r\n";

	void write(Table table, PrintWriter out) {
		out.print(record(table.headers()));
		for (List<String> row : table.rows()) {
			out.print(record(row));
		}
		out.flush();
	}

	private static String record(List<String> fields) {
		return fields.stream().map(CsvRenderer::field).collect(Collectors.joining(",")) + CRLF;
	}

	static String field(String cell) {
		String value = Neutralise.escapeAllButLineBreaks(cell);
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}
