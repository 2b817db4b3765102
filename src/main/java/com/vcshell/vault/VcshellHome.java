package com.vcshell.vault;

import java.nio.file.Path;

/**
 * vcshell's own folder, {@code ~/.vcshell} or {@code $VCSHELL_HOME} (design §4): the
 * history, the audit log and rescue files live there, each owner-only.
 *
 * @param folder the folder (it may not exist yet)
 */
public record VcshellHome(Path folder) {

	/** A file in the folder. */
	public Path resolve(String name) {
		return this.folder.resolve(name);
	}

}
