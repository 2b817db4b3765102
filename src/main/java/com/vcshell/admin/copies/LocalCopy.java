package com.vcshell.admin.copies;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * One place on this machine that holds a copy of a key.
 *
 * @param file the credentials file or {@code veracode.yml}
 * @param profile the profile (section) of the credentials file; {@code null} for
 * {@code veracode.yml}
 */
public record LocalCopy(Path file, @Nullable String profile) {

	/** {@code profile [ci] in /home/me/.veracode/credentials}, or the file. */
	public String place() {
		return (this.profile != null) ? "profile [" + this.profile + "] in " + this.file : this.file.toString();
	}

}
