package com.vcshell.identity;

import java.time.Instant;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written path of {@link Timestamps} agrees with the formatter on everything it
 * answers, over timestamps built from valid and broken parts, and answers the usual
 * shapes itself (else it would save nothing).
 */
class TimestampsPropertyTests {

	@Property(tries = 5000)
	void theUsualPathAgreesWithTheFormatter(@ForAll("timestampLike") String text) {
		Instant usual = Timestamps.parseUsual(text);
		Statistics.collect((usual != null) ? "answered by hand" : "left to the formatter");
		if (usual != null) {
			assertThat(usual).as(text).isEqualTo(Timestamps.parseAny(text));
		}
		assertThat(Timestamps.parse(text)).as(text)
			.isEqualTo(text.isBlank() ? null : Timestamps.parseAny(text.strip()));
	}

	@Property(tries = 1000)
	void anyTextGivesAnInstantOrNullAndNeverThrows(@ForAll String text) {
		Instant parsed = Timestamps.parse(text);
		if (parsed != null && !text.isBlank()) {
			assertThat(parsed).isEqualTo(Timestamps.parseAny(text.strip()));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-06-01T10:00:00.000+0000", "2025-06-01T10:00:00Z", "2025-06-01T10:00:00.123456Z",
			"2025-06-01T11:00:00+01:00", "2006-01-02 15:04:05 UTC", "2025-06-01T10:00:00", "2025-06-01t10:00z",
			"1748772000000" })
	void theUsualShapesTakeTheHandWrittenPath(String text) {
		assertThat(Timestamps.parseUsual(text)).isNotNull().isEqualTo(Timestamps.parseAny(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "99999999999999999999", "2025-02-30T00:00:00Z", "2025-06-01T24:00:00Z",
			"2025-06-01T10:00:60Z", "+12025-06-01T10:00:00Z", "2025-06-01T10:00:00+02", "2025-06-01T10:00:00.Z" })
	void theRestIsLeftToTheFormatter(String text) {
		assertThat(Timestamps.parseUsual(text)).isNull();
		assertThat(Timestamps.parse(text)).isEqualTo(Timestamps.parseAny(text));
	}

	@Provide
	Arbitrary<String> timestampLike() {
		List<Arbitrary<String>> parts = List.of(
				Arbitraries.of("2025", "2026", "0000", "9999", "1970", "2024", "abcd", "+2025", "202"),
				Arbitraries.of("-", "-", "-", "/"), twoDigits(0, 13), Arbitraries.of("-", "-", "-", ""),
				twoDigits(0, 32), Arbitraries.of("T", "T", "t", " ", " ", "x", ""), twoDigits(0, 24),
				Arbitraries.of(":", ":", ":", ""), twoDigits(0, 60), seconds(), fraction(), offset(),
				Arbitraries.of("", "", " UTC", " GMT", " utc", " PST", "  "));
		Arbitrary<String> built = Combinators.combine(parts).as((list) -> String.join("", list));
		Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(21);
		Arbitrary<String> unicodeDigits = Arbitraries.strings().withChars("0123٠١٢٣４５").ofMinLength(1).ofMaxLength(8);
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, built), net.jqwik.api.Tuple.of(1, digits),
				net.jqwik.api.Tuple.of(1, unicodeDigits));
	}

	private static Arbitrary<String> twoDigits(int from, int to) {
		return Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(9,
						Arbitraries.integers().between(from, to).map((n) -> String.format("%02d", n))),
				net.jqwik.api.Tuple.of(1, Arbitraries.of("1", "1a", "١٢")));
	}

	private static Arbitrary<String> seconds() {
		return Arbitraries.oneOf(Arbitraries.just(""), twoDigits(0, 61).map((s) -> ":" + s), Arbitraries.just(":5"));
	}

	private static Arbitrary<String> fraction() {
		return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just("."),
				Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(11).map((f) -> "." + f));
	}

	private static Arbitrary<String> offset() {
		return Arbitraries.of("", "", "Z", "z", "+00:00", "-02:30", "+0530", "-0000", "+18:00", "+18:01", "-18:00",
				"+19:00", "+02", "+2:00", "Zz", "+02:60", "+0260", "+02:00Z", "Z+0100", " ");
	}

}
