package com.vcshell.admin.copies;

import org.jspecify.annotations.Nullable;

import com.vcshell.auth.ApiCredentials;

/**
 * Every local copy of a key that a rotation replaces: the other profiles of the
 * credentials file with the same key id (with or without a region prefix), and the
 * Veracode CLI's {@code ~/.veracode/veracode.yml}. A rotation finds them before it asks
 * (so the one confirmation names them), saves the new pair where asked, then updates
 * them: the primary destination is what never loses a secret; a copy that cannot be
 * updated is a warning.
 */
public interface LocalCopies {

	/** Finds nothing and updates nothing (tests, and rotations that keep no copies). */
	LocalCopies NONE = new LocalCopies() {

		@Override
		public Found find(String oldApiId, @Nullable String primaryProfile) {
			return Found.none(oldApiId);
		}

		@Override
		public CopiesReport update(Found found, ApiCredentials newPair) {
			return CopiesReport.NONE;
		}

	};

	/**
	 * The local copies of a key. Reads files only; a file that cannot be read becomes a
	 * note of the result.
	 * @param oldApiId the api id being replaced (without region prefix)
	 * @param primaryProfile the profile the new pair is saved into anyway (not a copy),
	 * or {@code null}
	 */
	Found find(String oldApiId, @Nullable String primaryProfile);

	/**
	 * Puts the new pair into every copy found, each file with one atomic write; a copy
	 * that changed since it was found, or that cannot be written, is reported, never
	 * thrown.
	 */
	CopiesReport update(Found found, ApiCredentials newPair);

}
