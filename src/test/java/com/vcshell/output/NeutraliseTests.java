package com.vcshell.output;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text the user sees in messages: one line, no control character, no key. */
class NeutraliseTests {

	private static final String SECRET = "ab".repeat(62) + "9f3e";

	@Test
	void lineBreaksAndEscapesBecomeVisibleEscapes() {
		assertThat(Neutralise.message("a\nb\rc\td\u001b[31me")).isEqualTo("a\\nb\\rc\\td\\u001B[31me");
	}

	@Test
	void delC1BidiAndSeparatorsAreEscapedToo() {
		assertThat(Neutralise.message("x\u007fy\u0085z\u202ew\u2028v\u200bu"))
			.isEqualTo("x\\u007Fy\\u0085z\\u202Ew\\u2028v\\u200Bu");
	}

	@Test
	void aLoneSurrogateIsEscapedButAnEmojiAndAccentsStay() {
		assertThat(Neutralise.message("caf\u00e9 \ud83d\ude00 \ud800")).isEqualTo("caf\u00e9 \ud83d\ude00 \\uD800");
	}

	@Test
	void keysAreMaskedInMessages() {
		assertThat(Neutralise.message("profiles: " + SECRET + ", vera01ei-0123456789abcdef"))
			.isEqualTo("profiles: ****9f3e, ****cdef");
	}

	@Test
	void aMultiLineTextKeepsItsLinesAndTabsButNeutralisesEachLine() {
		String shown = Neutralise.lines("first " + SECRET + "\r\n\tat x\u001b(y)\n");

		assertThat(shown.lines()).containsExactly("first ****9f3e", "\tat x\\u001B(y)");
	}

	@Test
	void tableCellsKeepTheirWidth() {
		assertThat(Neutralise.cell("a\tb\nc\u001bd\u202ee")).isEqualTo("a b c?d?e");
	}

	@Test
	void csvKeepsLineBreaksForItsQuotingAndEscapesTheRest() {
		assertThat(Neutralise.escapeAllButLineBreaks("a\r\nb\tc\u001bd")).isEqualTo("a\r\nb\tc\\u001Bd");
	}

}
