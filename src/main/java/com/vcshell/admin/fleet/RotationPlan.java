package com.vcshell.admin.fleet;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A rotation plan as read from its file.
 *
 * @param file the plan file (absolute)
 * @param name its name for journals: the file name without extension
 * @param digest the first 16 hex characters of the SHA-256 of its text (a journal notes
 * it, so {@code resume} can tell when the plan changed)
 * @param apiHost the API host it was made for, if it says
 * @param accounts the accounts, in the order they are rotated
 */
public record RotationPlan(Path file, String name, String digest, @Nullable String apiHost,
		List<PlannedAccount> accounts) {

	public RotationPlan {
		accounts = List.copyOf(accounts);
	}

	/** The folder the plan is in: relative paths and delivery commands start there. */
	Path folder() {
		return this.file.getParent();
	}

}
