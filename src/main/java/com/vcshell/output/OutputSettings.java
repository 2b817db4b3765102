package com.vcshell.output;

import java.util.Objects;

/**
 * The session's default output format: the one mutable piece of output state. Starts as
 * {@code --json} chose and changes with {@code format json|table}.
 */
public class OutputSettings {

	private volatile OutputFormat defaultFormat;

	public OutputSettings(OutputFormat initial) {
		this.defaultFormat = Objects.requireNonNull(initial);
	}

	public OutputFormat defaultFormat() {
		return this.defaultFormat;
	}

	public void defaultFormat(OutputFormat format) {
		this.defaultFormat = Objects.requireNonNull(format);
	}

}
