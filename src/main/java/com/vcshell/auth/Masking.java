package com.vcshell.auth;

/**
 * How secrets and API ids are shown (design §2): {@code ****} plus the last 4 characters,
 * in tables, JSON, messages and {@code toString} alike. The one masking function of
 * vcshell: every type that holds a secret masks it here.
 */
public final class Masking {

	private static final String MASK = "****";

	private static final int VISIBLE = 4;

	/**
	 * Shortest value whose last 4 characters may be shown: anything shorter shows as
	 * {@code ****} alone, as the last 4 would give away too much of it.
	 */
	private static final int MIN_LENGTH = 12;

	private Masking() {
	}

	/**
	 * A value as {@code ****} plus its last 4 characters; short or missing: {@code ****}.
	 */
	public static String mask(CharSequence value) {
		if (value == null || value.length() < MIN_LENGTH) {
			return MASK;
		}
		return MASK + value.subSequence(value.length() - VISIBLE, value.length());
	}

}
