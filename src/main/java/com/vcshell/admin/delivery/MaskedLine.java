package com.vcshell.admin.delivery;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.vcshell.auth.Masking;

/**
 * A line of a delivery command's stderr as vcshell shows and journals it: the new secret
 * itself, any run of 32 or more hex characters and anything starting {@code vera01}
 * masked ({@code ****} plus the last 4 characters), control characters replaced by
 * {@code ?}, and cut to 200 characters.
 */
final class MaskedLine {

	static final int MAX_LENGTH = 200;

	private static final Pattern SECRET_LIKE = Pattern.compile("(?i)vera01[0-9a-z_-]*|[0-9a-fA-F]{32,}");

	private MaskedLine() {
	}

	/** The line, masked; {@code null} for none or a blank one. */
	static @Nullable String of(@Nullable String line, String secret) {
		if (line == null || line.isBlank()) {
			return null;
		}
		String text = line.strip();
		if (!secret.isEmpty()) {
			text = text.replace(secret, Masking.mask(secret));
		}
		Matcher matcher = SECRET_LIKE.matcher(text);
		StringBuilder masked = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(masked, Matcher.quoteReplacement(Masking.mask(matcher.group())));
		}
		matcher.appendTail(masked);
		String clean = masked.toString()
			.codePoints()
			.map((c) -> Character.isISOControl(c) ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return (clean.length() > MAX_LENGTH) ? clean.substring(0, MAX_LENGTH - 3) + "..." : clean;
	}

}
