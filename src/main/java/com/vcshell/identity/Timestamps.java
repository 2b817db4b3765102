package com.vcshell.identity;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

import org.jspecify.annotations.Nullable;

/**
 * Lenient parsing of the timestamps the Identity API returns, which vary between services
 * and versions: {@code 2025-06-01T10:00:00.000+0000}, RFC 3339 ({@code …Z},
 * {@code …+02:00}), {@code 2006-01-02 15:04:05 UTC}, epoch milliseconds, or empty.
 * <p>
 * Every answer holds several of them, so the usual shapes are read by hand, without a
 * {@link DateTimeFormatter}; anything else (and anything out of range) goes to the
 * formatter, whose answer is the reference the hand-written path agrees with.
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

	private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };

	/** No offset could be read: not a usual shape. */
	private static final int NO_OFFSET = Integer.MIN_VALUE;

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
		Instant usual = parseUsual(value);
		return (usual != null) ? usual : parseAny(value);
	}

	/**
	 * Every shape, through the formatter (a stripped, non-blank value): the reference.
	 */
	static @Nullable Instant parseAny(String value) {
		if (value.chars().allMatch(Character::isDigit)) {
			try {
				return Instant.ofEpochMilli(Long.parseLong(value));
			}
			catch (NumberFormatException ex) {
				return null;
			}
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
			ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed)
					: ZoneOffset.UTC;
			return local.toInstant(offset);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * The usual shapes, by hand: up to 18 ASCII digits of epoch milliseconds, or
	 * {@code yyyy-MM-dd('T'|'t'|' ')HH:mm[:ss[.f{1,9}]]} then nothing, {@code Z},
	 * {@code ±HH:MM}, {@code ±HHMM} or {@code " UTC"}/{@code " GMT"}, every field in its
	 * range; {@code null} for anything else.
	 */
	static @Nullable Instant parseUsual(String value) {
		int end = value.length();
		if (end <= 18 && value.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return Instant.ofEpochMilli(Long.parseLong(value));
		}
		boolean zoneName = value.endsWith(" UTC") || value.endsWith(" GMT");
		end -= zoneName ? 4 : 0;
		if (end < 16 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(13) != ':'
				|| "Tt ".indexOf(value.charAt(10)) < 0) {
			return null;
		}
		int second = 0;
		int nanos = 0;
		int at = 16;
		if (at < end && value.charAt(at) == ':') {
			second = digits(value, at + 1, 2);
			at += 3;
			if (second < 0 || at > end) {
				return null;
			}
			int fraction = (at < end && value.charAt(at) == '.') ? fractionLength(value, at + 1, end) : 0;
			nanos = (fraction > 0) ? digits(value, at + 1, fraction) * POWERS[9 - fraction] : 0;
			at += (fraction > 0) ? fraction + 1 : 0;
		}
		int offset = (at == end) ? 0 : (zoneName ? NO_OFFSET : offsetSeconds(value, at, end));
		return instant(value, second, nanos, offset);
	}

	private static @Nullable Instant instant(String value, int second, int nanos, int offset) {
		int year = digits(value, 0, 4);
		int hour = digits(value, 11, 2);
		int minute = digits(value, 14, 2);
		if (offset == NO_OFFSET || year < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
				|| second > 59 || nanos < 0) {
			return null;
		}
		try {
			LocalDate date = LocalDate.of(year, digits(value, 5, 2), digits(value, 8, 2));
			long seconds = date.toEpochDay() * 86_400 + hour * 3_600 + minute * 60 + second - offset;
			return Instant.ofEpochSecond(seconds, nanos);
		}
		catch (DateTimeException ex) {
			return null; // a field out of range (or not digits): the formatter decides
		}
	}

	/** {@code Z}, {@code ±HH:MM} or {@code ±HHMM} up to the end, in seconds. */
	private static int offsetSeconds(String value, int at, int end) {
		char sign = value.charAt(at);
		if ((sign == 'Z' || sign == 'z') && end == at + 1) {
			return 0;
		}
		boolean colon = end == at + 6 && value.charAt(at + 3) == ':';
		if ((sign != '+' && sign != '-') || !(colon || end == at + 5)) {
			return NO_OFFSET;
		}
		int hours = digits(value, at + 1, 2);
		int minutes = digits(value, at + (colon ? 4 : 3), 2);
		if (hours < 0 || minutes < 0 || minutes > 59 || hours * 60 + minutes > 18 * 60) {
			return NO_OFFSET;
		}
		int seconds = hours * 3_600 + minutes * 60;
		return (sign == '-') ? -seconds : seconds;
	}

	/**
	 * How many digits (1 to 9) follow, up to the end or the offset; 0 if none or more.
	 */
	private static int fractionLength(String value, int from, int end) {
		int at = from;
		while (at < end && at - from < 10 && value.charAt(at) >= '0' && value.charAt(at) <= '9') {
			at++;
		}
		int length = at - from;
		return (length > 9) ? 0 : length;
	}

	/** The value of {@code count} ASCII digits at {@code from}, or -1. */
	private static int digits(String value, int from, int count) {
		if (count < 1 || from + count > value.length()) {
			return -1;
		}
		long result = 0;
		for (int i = from; i < from + count; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			result = result * 10 + (c - '0');
		}
		return (result <= Integer.MAX_VALUE) ? (int) result : -1;
	}

}
