package com.vcshell.profile;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.InvalidCredentialsException;
import com.vcshell.auth.Masking;
import com.vcshell.profile.CredentialsFile.Entry;
import com.vcshell.profile.CredentialsFile.Section;

/**
 * Reads back a pair vcshell saved, from any file in Veracode's credentials format (the
 * credentials file, a new file of {@code --out}, a rescue file): the section whose key id
 * is the one asked for. {@code rotate resume} uses it to find a new pair again after a
 * crash, without ever asking the API for it (the API never shows a secret twice).
 */
public final class SavedPairs {

	private SavedPairs() {
	}

	/**
	 * The pair with that api id, as it is written in the file.
	 * @param apiId the api id, with or without region prefix, any case
	 * @return empty when the file does not exist or has no usable section with that id
	 * @throws ProfileException when the file cannot be read or is malformed
	 */
	public static Optional<SavedPair> find(Path file, String apiId) {
		Optional<String> text = CredentialsFileInput.read(file);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		CredentialsFile parsed = CredentialsFile.parse(file, text.get());
		for (Section section : parsed.sections()) {
			Optional<Entry> id = section.entry(CredentialsFile.KEY_ID);
			Optional<Entry> secret = section.entry(CredentialsFile.KEY_SECRET);
			if (id.isPresent() && secret.isPresent() && sameId(id.get().value(), secret.get().value(), apiId)) {
				return Optional.of(new SavedPair(section.name(), id.get().value(), secret.get().value()));
			}
		}
		return Optional.empty();
	}

	/** Whether a usable pair has the wanted id (both without region prefix, any case). */
	private static boolean sameId(String id, String secret, String wanted) {
		try {
			return ApiCredentials.of(id, secret).apiId().equals(bare(wanted));
		}
		catch (InvalidCredentialsException ex) {
			return false;
		}
	}

	private static String bare(String apiId) {
		String id = apiId.strip();
		int dash = id.indexOf('-');
		String prefix = (dash == 8) ? id.substring(0, 8).toLowerCase(Locale.ROOT) : "";
		return (prefix.startsWith("vera01") ? id.substring(9) : id).toLowerCase(Locale.ROOT);
	}

	/**
	 * A pair as a file holds it.
	 *
	 * @param section the section it is in
	 * @param apiId the key id, as written
	 * @param apiSecret the secret, as written
	 */
	public record SavedPair(String section, String apiId, String apiSecret) {

		@Override
		public String toString() {
			return "SavedPair[" + this.section + ", " + this.apiId + ", " + Masking.mask(this.apiSecret) + "]";
		}

	}

}
