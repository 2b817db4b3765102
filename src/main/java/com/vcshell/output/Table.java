package com.vcshell.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import com.vcshell.auth.Masking;

/**
 * What a command shows as a table: headers and rows of text. Also the key/value "details"
 * layout for a single object ({@link #details()}). A small builder, made and printed
 * within one command.
 */
public final class Table {

	private static final List<String> DETAILS_HEADERS = List.of("field", "value");

	private final List<String> headers;

	private final List<List<String>> rows = new ArrayList<>();

	private final boolean details;

	private Table(List<String> headers, boolean details) {
		this.headers = List.copyOf(headers);
		this.details = details;
	}

	/** A table with these column headers. */
	public static Table of(String... headers) {
		if (headers.length == 0) {
			throw new IllegalArgumentException("a table needs at least one column");
		}
		return new Table(Arrays.asList(headers), false);
	}

	/** A two-column key/value layout for one object; add lines with {@link #field}. */
	public static Table details() {
		return new Table(DETAILS_HEADERS, true);
	}

	/**
	 * Adds a row, one cell per header. {@code null} cells are empty; an {@link Unmasked}
	 * value is shown in full; other objects are shown with {@code toString}, with
	 * anything that looks like a key masked ({@link Masking#scrub}).
	 */
	public Table row(Object... cells) {
		if (cells.length != this.headers.size()) {
			throw new IllegalArgumentException(
					"row has " + cells.length + " cells but the table has " + this.headers.size() + " columns");
		}
		this.rows.add(Arrays.stream(cells).map(Table::text).toList());
		return this;
	}

	/** Adds one line of a details layout. */
	public Table field(String name, Object value) {
		return row(name, value);
	}

	public List<String> headers() {
		return this.headers;
	}

	public List<List<String>> rows() {
		return List.copyOf(this.rows);
	}

	public boolean isDetails() {
		return this.details;
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	private static String text(Object cell) {
		if (cell instanceof Unmasked unmasked) {
			return unmasked.text();
		}
		return Masking.scrub(Objects.toString(cell, ""));
	}

}
