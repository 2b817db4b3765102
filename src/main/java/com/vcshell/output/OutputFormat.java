package com.vcshell.output;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a command prints its result. */
public enum OutputFormat {

	/** Aligned columns fitted to the terminal, for people. */
	TABLE,

	/** One pretty-printed JSON document per command, for {@code jq} and programs. */
	JSON,

	/** RFC 4180 comma-separated values with a header row, for spreadsheets. */
	CSV;

	/**
	 * The format named {@code name} ({@code json}, {@code table}, {@code csv}), any case.
	 */
	public static Optional<OutputFormat> named(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String wanted = name.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(format -> format.name().equals(wanted)).findFirst();
	}

	/** The name users type: {@code table}, {@code json}, {@code csv}. */
	public String displayName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
