package com.vcshell.output;

/** Both {@code --json} and {@code --csv} were given: a usage error (exit 2). */
public class ConflictingFormatsException extends IllegalArgumentException {

	public ConflictingFormatsException() {
		super("give either --json or --csv, not both");
	}

}
