package com.vcshell.output;

/**
 * How secrets and API ids are shown (design §2): {@code ****} plus the last 4 characters,
 * in tables and JSON alike. Values too short to hide anything behind the last 4 are shown
 * as {@code ****} alone.
 */
public final class Masking {

	private static final String MASK = "****";

	private static final int VISIBLE = 4;

	/** Shortest secret whose last 4 characters may be shown. */
	private static final int MIN_SECRET_LENGTH = 12;

	private Masking() {
	}

	/**
	 * A secret as {@code ****} plus its last 4 characters; short or empty: {@code ****}.
	 */
	public static String secret(String secret) {
		return mask(secret, MIN_SECRET_LENGTH);
	}

	/** A secret held as characters, masked without building a String of it. */
	public static String secret(char[] secret) {
		if (secret == null || secret.length < MIN_SECRET_LENGTH) {
			return MASK;
		}
		return MASK + new String(secret, secret.length - VISIBLE, VISIBLE);
	}

	/** An API id as {@code ****} plus its last 4 characters (profile listings). */
	public static String apiId(String apiId) {
		return mask(apiId, VISIBLE + 1);
	}

	private static String mask(String value, int minLength) {
		if (value == null || value.length() < minLength) {
			return MASK;
		}
		return MASK + value.substring(value.length() - VISIBLE);
	}

}
