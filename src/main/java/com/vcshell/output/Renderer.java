package com.vcshell.output;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The one way commands print results. A command builds a value for JSON and a
 * {@link Table} for people, and lets this choose by format:
 *
 * <pre class="code">
 * renderer.print(ctx.outputWriter(), renderer.format(json, csv), credentials, () -&gt; table(credentials));
 * </pre>
 *
 * Results go to the writer given (stdout); warnings go to stderr, never mixed with
 * results. Colour only when {@link Streams#colour()} allows it.
 */
@Component
public class Renderer {

	private final OutputSettings settings;

	private final Streams streams;

	private final IntSupplier width;

	private final TableRenderer tables;

	private final JsonRenderer json = new JsonRenderer();

	private final CsvRenderer csv = new CsvRenderer();

	public Renderer(OutputSettings settings, Streams streams, TerminalWidth width) {
		this.settings = settings;
		this.streams = streams;
		this.width = width;
		this.tables = new TableRenderer(Charset.defaultCharset().newEncoder().canEncode('…') ? "…" : "...");
	}

	/**
	 * The format for one command: {@code --json} or {@code --csv} when given, else the
	 * session default.
	 * @throws ConflictingFormatsException when both are given
	 */
	public OutputFormat format(boolean jsonFlag, boolean csvFlag) {
		if (jsonFlag && csvFlag) {
			throw new ConflictingFormatsException();
		}
		return jsonFlag ? OutputFormat.JSON : csvFlag ? OutputFormat.CSV : this.settings.defaultFormat();
	}

	/** The format for a command without {@code --csv}. */
	public OutputFormat format(boolean jsonFlag) {
		return format(jsonFlag, false);
	}

	/**
	 * Prints a result in the format asked.
	 * @param value what JSON shows (a record, map or list), already masked
	 * @param table what tables and CSV show, built only when needed
	 */
	public void print(PrintWriter out, OutputFormat format, Object value, Supplier<Table> table) {
		switch (format) {
			case JSON -> this.json.write(value, out);
			case CSV -> this.csv.write(table.get(), out);
			case TABLE -> this.tables.render(table.get(), this.width.getAsInt(), ansi(), out);
		}
	}

	/**
	 * A result's JSON fields, to show one of them in full: {@code fields.put("api_id",
	 * Unmasked.apiId(row.apiId()))}. The names are snake_case, the strings masked, the
	 * {@code null}s left out, as {@link #print} would show them.
	 */
	public Map<String, Object> jsonFields(Object value) {
		return this.json.fields(value);
	}

	/**
	 * Cuts text to a number of terminal columns, ending it with the same ellipsis tables
	 * use.
	 */
	public String fit(String text, int columns) {
		return this.tables.cut(text, columns);
	}

	/**
	 * A warning for the user, on stderr: {@code warning: ...}, one line, masked and with
	 * control characters escaped ({@link Neutralise#message}).
	 */
	public void warning(String message) {
		this.streams.err().println("warning: " + Neutralise.message(message));
		this.streams.err().flush();
	}

	/**
	 * One line of text for people (not a result meant for a program): masked, control
	 * characters escaped ({@link Neutralise#message}).
	 */
	public void line(PrintWriter out, String text) {
		out.println(Neutralise.message(text));
		out.flush();
	}

	/** Colour helpers for this session: plain text when colour is off. */
	public Ansi ansi() {
		return new Ansi(this.streams.colour());
	}

}
