package com.vcshell.shell;

import org.jspecify.annotations.Nullable;

/**
 * The options of {@code generate self} and {@code generate user}, as typed.
 *
 * @param yes {@code --yes}: do not ask
 * @param reveal {@code --reveal}: print the new secret in full once
 * @param saveAs {@code --save-as <profile>}
 * @param out {@code --out <file>} (generate user only)
 * @param json {@code --json}
 * @param dryRun {@code --dry-run}: print the requests, send nothing, save nothing
 */
record GenerateOptions(boolean yes, boolean reveal, @Nullable String saveAs, @Nullable String out, boolean json,
		boolean dryRun) {

	GenerateOptions {
		saveAs = blankToNull(saveAs);
		out = blankToNull(out);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
