package com.vcshell.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.vcshell.profile.TestKeys.EU_SECRET;
import static com.vcshell.profile.TestKeys.ID;
import static com.vcshell.profile.TestKeys.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** How names, values and paths appear in messages. */
class SafeTextTests {

	@Test
	void plainNamesAreShownAsTheyAre() {
		assertThat(SafeText.of("prod-eu_1@x.y")).isEqualTo("prod-eu_1@x.y");
		assertThat(SafeText.of("Prüfung 2")).isEqualTo("Prüfung 2");
	}

	@Test
	void aHexRunOf32OrMoreIsMaskedToItsLast4() {
		assertThat(SafeText.of(SECRET)).isEqualTo("****cdef");
		assertThat(SafeText.of("prod-" + ID + "-x")).isEqualTo("prod-****29fa-x");
		assertThat(SafeText.of(ID.substring(0, 31))).isEqualTo(ID.substring(0, 31));
	}

	@Test
	void aVera01PrefixIsMaskedWithWhatFollowsIt() {
		assertThat(SafeText.of(EU_SECRET)).isEqualTo("****836f");
		assertThat(SafeText.of("my VERA01ES-abc")).isEqualTo("my ****-abc");
		assertThat(SafeText.of("vera01-")).isEqualTo("****");
		assertThat(SafeText.of("a vera01 prefix")).as("the bare word reveals nothing").isEqualTo("a vera01 prefix");
	}

	static Stream<Arguments> controls() {
		return Stream.of(arguments("a\nb", "a\\nb"), arguments("a\rb", "a\\rb"), arguments("a\tb", "a\\tb"),
				arguments("a\u001Bb", "a\\u001Bb"), arguments("a\u0085b", "a\\u0085b"),
				arguments("a\u202Eb", "a\\u202Eb"), arguments("a\u2066b", "a\\u2066b"),
				arguments("a\u200Bb", "a\\u200Bb"), arguments("a\u2028b", "a\\u2028b"),
				arguments("a\u007Fb", "a\\u007Fb"), arguments("a\u0000b", "a\\u0000b"));
	}

	@ParameterizedTest
	@MethodSource("controls")
	void controlFormatAndBidiCharactersAreShownAsEscapes(String raw, String shown) {
		assertThat(SafeText.of(raw)).isEqualTo(shown);
		assertThat(SafeText.firstControl(raw)).isEqualTo(raw.codePointAt(1));
	}

	@Test
	void loneSurrogatesAndSupplementaryFormatCharactersAreEscaped() {
		assertThat(SafeText.of("a\uD800b")).isEqualTo("a\\uD800b");
		assertThat(SafeText.of("a" + new String(Character.toChars(0xE0001)) + "b")).isEqualTo("a\\u{E0001}b");
		assertThat(SafeText.of("a\uD83D\uDE00b")).isEqualTo("a\uD83D\uDE00b");
	}

	@Test
	void aLongValueIsCutAndSaysHowLongItWas() {
		String shown = SafeText.of("z".repeat(70_000));
		assertThat(shown).isEqualTo("z".repeat(60) + "... (70000 characters)");
		assertThat(SafeText.of("z".repeat(64))).isEqualTo("z".repeat(64));
	}

	@Test
	void aLongSecretIsMaskedBeforeItIsCut() {
		String shown = SafeText.of("y".repeat(100) + SECRET);
		assertThat(shown).isEqualTo("y".repeat(60) + "... (228 characters)");
		assertThat(SafeText.of("g" + "a".repeat(70_000))).isEqualTo("g****aaaa");
	}

	@Test
	void escapesAreNeverCutInHalf() {
		String shown = SafeText.of("\n".repeat(100));
		assertThat(shown).isEqualTo("\\n".repeat(60) + "... (100 characters)");
	}

	@Test
	void pathsAreEscapedAndMaskedButNotCut() {
		String deep = "/d".repeat(100) + "/a\nb/" + ID + "/credentials";
		assertThat(SafeText.path(Path.of(deep))).isEqualTo("/d".repeat(100) + "/a\\nb/****29fa/credentials");
	}

	@Test
	void anEmptyPathIsShownQuoted() {
		assertThat(SafeText.path(Path.of(""))).isEqualTo("''");
	}

	@Test
	void aListShowsTwentyNamesThenCounts() {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			names.add("p" + i);
		}
		names.set(1, SECRET);
		assertThat(SafeText.list(names)).startsWith("p0, ****cdef, p2, ").endsWith(", p19 and 5 more");
		assertThat(SafeText.list(List.of("a"))).isEqualTo("a");
	}

}
