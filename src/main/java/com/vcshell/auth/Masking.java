package com.vcshell.auth;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How secrets and API ids are shown (design §2): {@code ****} plus the last 4 characters,
 * in tables, JSON, messages and {@code toString} alike. The one masking function of
 * vcshell: every type that holds a secret masks it here, and every text printed for a
 * person passes {@link #scrub} (through {@code output}, {@code profile.SafeText} and the
 * error line), so a secret a user puts into a name, an argument or a file is masked too.
 */
public final class Masking {

	private static final String MASK = "****";

	private static final int VISIBLE = 4;

	/**
	 * Shortest value whose last 4 characters may be shown: anything shorter shows as
	 * {@code ****} alone, as the last 4 would give away too much of it.
	 */
	private static final int MIN_LENGTH = 12;

	/**
	 * What is masked wherever it appears: a run of 32 or more hex characters (an api id,
	 * a secret), or {@code vera01} in any case with the word it starts (a region-prefixed
	 * id or secret, {@code vera01es-…}). The bare word {@code vera01}, as in a message
	 * explaining this rule, reveals nothing and stays.
	 */
	private static final Pattern SECRET_LIKE = Pattern.compile("(?i)vera01[0-9a-z_-]+|[0-9a-fA-F]{32,}");

	/**
	 * What makes text look secret (design §4, the history rule): also {@code vera01} on
	 * its own, anywhere.
	 */
	private static final Pattern LOOKS_SECRET = Pattern.compile("(?i)vera01|[0-9a-fA-F]{32,}");

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

	/**
	 * The text with everything that looks like a key {@link #mask masked}, the rest as it
	 * was: {@code "no user named 'ab…ab'"} becomes {@code "no user named '****abab'"}.
	 */
	public static String scrub(String text) {
		Matcher matcher = SECRET_LIKE.matcher(text);
		if (!matcher.find()) {
			return text;
		}
		StringBuilder scrubbed = new StringBuilder(text.length());
		do {
			matcher.appendReplacement(scrubbed, Matcher.quoteReplacement(mask(matcher.group())));
		}
		while (matcher.find());
		matcher.appendTail(scrubbed);
		return scrubbed.toString();
	}

	/**
	 * Whether the text looks as if it holds a key: what {@link #scrub} masks, or
	 * {@code vera01} anywhere. Such a text is never a profile name and never kept in the
	 * history.
	 */
	public static boolean looksSecret(CharSequence text) {
		return LOOKS_SECRET.matcher(text).find();
	}

}
