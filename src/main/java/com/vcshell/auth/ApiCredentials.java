package com.vcshell.auth;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A Veracode API credential pair: the API id and the hex secret, with any region prefix
 * ({@code vera01ei-}, {@code vera01es-} ...) removed. The secret is held as decoded bytes
 * and never appears in {@link #toString()}.
 */
public final class ApiCredentials {

	private final String apiId;

	private final byte[] secret;

	private final String maskedSecret;

	private final Region region;

	private ApiCredentials(String apiId, byte[] secret, String maskedSecret, Region region) {
		this.apiId = apiId;
		this.secret = secret;
		this.maskedSecret = maskedSecret;
		this.region = region;
	}

	/**
	 * Validates and normalises a raw credential pair as found in a credentials file or in
	 * the environment: strips region prefixes, checks that both map to the same region,
	 * that the id is 32 hex characters and the secret even-length hex.
	 * @throws InvalidCredentialsException with a message that never contains the secret
	 */
	public static ApiCredentials of(String rawId, CharSequence rawSecret) {
		Objects.requireNonNull(rawId, "rawId");
		Objects.requireNonNull(rawSecret, "rawSecret");
		String id = rawId.strip();
		String secret = rawSecret.toString().strip();
		if (id.isEmpty()) {
			throw new InvalidCredentialsException("the API key id is empty");
		}
		if (secret.isEmpty()) {
			throw new InvalidCredentialsException("the API key secret is empty");
		}
		Region region = region(id, secret);
		String bareId = checkedId(Region.stripPrefix(id));
		String bareSecret = checkedSecret(Region.stripPrefix(secret));
		byte[] bytes = HexFormat.of().parseHex(bareSecret);
		return new ApiCredentials(bareId, bytes, Masking.mask(bareSecret), region);
	}

	/** The region both prefixes name (none is global). */
	private static Region region(String id, String secret) {
		Region idRegion = Region.fromPrefix(id, "API key id");
		Region secretRegion = Region.fromPrefix(secret, "API key secret");
		boolean idPrefixed = Region.hasPrefix(id);
		boolean secretPrefixed = Region.hasPrefix(secret);
		if (idPrefixed != secretPrefixed || idRegion != secretRegion) {
			throw new InvalidCredentialsException("the API key id and secret have conflicting region prefixes ("
					+ (idPrefixed ? idRegion.label() : "none") + " vs "
					+ (secretPrefixed ? secretRegion.label() : "none") + ")");
		}
		return idRegion;
	}

	/** The id in lower case, once it is 32 ASCII hex characters. */
	private static String checkedId(String bareId) {
		int bad = firstNonHex(bareId);
		if (bareId.length() != 32 || bad >= 0) {
			throw new InvalidCredentialsException(
					"the API key id must be 32 hexadecimal characters (0-9, a-f) after its region prefix (found "
							+ bareId.length() + " characters" + ((bad >= 0) ? ", " + position(bad) : "") + ")");
		}
		return bareId.toLowerCase(Locale.ROOT);
	}

	/** The secret, once it is an even number of ASCII hex characters. */
	private static String checkedSecret(String bareSecret) {
		int bad = firstNonHex(bareSecret);
		if (bareSecret.isEmpty() || bareSecret.length() % 2 != 0 || bad >= 0) {
			throw new InvalidCredentialsException(
					"the API key secret must be an even number of hexadecimal characters (0-9, a-f)"
							+ ((bad >= 0) ? " (" + position(bad) + ")" : ""));
		}
		return bareSecret;
	}

	/**
	 * The index of the first character that is not an ASCII hex digit, or -1.
	 * {@link Character#digit(char, int)} would accept other scripts' digits ({@code ٢})
	 * and fullwidth letters ({@code Ａ}), which no key holds.
	 */
	private static int firstNonHex(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
			if (!hex) {
				return i;
			}
		}
		return -1;
	}

	/** Where a bad character is, never what it is (it may be part of a secret). */
	private static String position(int index) {
		return "character " + (index + 1) + " is not 0-9 or a-f";
	}

	/** The API id without region prefix: the value signed and sent in the header. */
	public String apiId() {
		return this.apiId;
	}

	/**
	 * The key id as Veracode issues it: with its region prefix outside the global region.
	 */
	public String idAsIssued() {
		return this.region.prefix('i') + this.apiId;
	}

	/**
	 * The secret as Veracode issues it, for the one deliberate place that writes it (a
	 * copy of the key): with its region prefix outside the global region.
	 */
	public String secretAsIssued() {
		return this.region.prefix('s') + secretHex();
	}

	/** The region implied by the key's prefix ({@link Region#GLOBAL} when unprefixed). */
	public Region region() {
		return this.region;
	}

	/** A copy of the decoded secret, for the key chain. */
	byte[] secretBytes() {
		return this.secret.clone();
	}

	/**
	 * The secret in hex, for the one deliberate place that writes it (a credentials file
	 * or a reveal).
	 */
	public String secretHex() {
		return HexFormat.of().formatHex(this.secret);
	}

	/** {@code ****} plus the last 4 characters of the secret ({@link Masking}). */
	public String maskedSecret() {
		return this.maskedSecret;
	}

	/** {@code ****} plus the last 4 characters of the API id ({@link Masking}). */
	public String maskedApiId() {
		return Masking.mask(this.apiId);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ApiCredentials that && this.apiId.equals(that.apiId)
				&& Arrays.equals(this.secret, that.secret);
	}

	@Override
	public int hashCode() {
		return this.apiId.hashCode();
	}

	@Override
	public String toString() {
		return "ApiCredentials[apiId=" + this.apiId + ", secret=" + maskedSecret() + ", region=" + this.region.label()
				+ "]";
	}

}
