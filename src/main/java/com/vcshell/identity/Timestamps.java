package com.vcshell.identity;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;

import org.jspecify.annotations.Nullable;

/**
 * Lenient parsing of the timestamps the Identity API returns, which vary between services
 * and versions: {@code 2025-06-01T10:00:00.000+0000}, RFC 3339 ({@code …Z},
 * {@code …+02:00}), {@code 2006-01-02 15:04:05 UTC}, epoch milliseconds, or empty.
 */
public final class Timestamps {

	private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.append(DateTimeFormatter.ISO_LOCAL_DATE)
		.appendLiteral('T')
		.append(DateTimeFormatter.ISO_LOCAL_TIME)
		.optionalStart()
		.appendOffset("+HH:MM", "Z")
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HHMM", "Z")
		.optionalEnd()
		.toFormatter();

	private Timestamps() {
	}

	/**
	 * The instant a timestamp names, or {@code null} when it is null, blank or in no
	 * format we know (a missing expiry is better than a failed listing). A timestamp
	 * without an offset is taken as UTC.
	 */
	public static @Nullable Instant parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.chars().allMatch(Character::isDigit)) {
			return Instant.ofEpochMilli(Long.parseLong(value));
		}
		if (value.endsWith(" UTC") || value.endsWith(" GMT")) {
			value = value.substring(0, value.length() - 4) + "Z";
		}
		if (value.length() > 10 && value.charAt(10) == ' ') {
			value = value.substring(0, 10) + "T" + value.substring(11);
		}
		try {
			TemporalAccessor parsed = LENIENT.parse(value);
			LocalDateTime local = LocalDateTime.from(parsed);
			ZoneOffset offset = parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
					? ZoneOffset.from(parsed) : ZoneOffset.UTC;
			return local.toInstant(offset);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
