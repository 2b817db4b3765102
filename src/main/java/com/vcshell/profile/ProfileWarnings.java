package com.vcshell.profile;

/**
 * Where profile warnings go (a shadowed file profile, a file readable by others, an
 * unusable profile at start). The shell prints them on stderr; tests collect them.
 */
@FunctionalInterface
public interface ProfileWarnings {

	/** Reports one warning line, without the {@code warning:} prefix. */
	void warn(String message);

}
