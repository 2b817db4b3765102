package com.vcshell.profile;

import java.nio.file.Path;

/**
 * What the command line says about profiles.
 *
 * @param credentialsFileOverride {@code --credentials-file}, or {@code null}
 * @param profileOverride {@code --profile}, or {@code null}
 */
public record ProfileSettings(Path credentialsFileOverride, String profileOverride) {

	/** No command-line choice: the environment and the default file decide. */
	public static ProfileSettings defaults() {
		return new ProfileSettings(null, null);
	}

}
