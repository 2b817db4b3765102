package com.vcshell.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTests {

	private static final String SECRET = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
			+ "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abc9f3e";

	@Test
	void aSecretShowsOnlyItsLastFourCharacters() {
		assertThat(Masking.mask(SECRET)).isEqualTo("****9f3e");
		assertThat(Masking.mask(new StringBuilder(SECRET))).isEqualTo("****9f3e");
	}

	@Test
	void anApiIdShowsItsLastFourCharacters() {
		assertThat(Masking.mask("vera01ei-3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d")).isEqualTo("****8e7d");
		assertThat(Masking.mask("3ddaeeb10ca690df3fee5e3bd1c329fa")).isEqualTo("****29fa");
	}

	@Test
	void aShortEmptyOrMissingValueShowsNothing() {
		assertThat(Masking.mask("")).isEqualTo("****");
		assertThat(Masking.mask("ab")).isEqualTo("****");
		assertThat(Masking.mask("0123456789a")).isEqualTo("****");
		assertThat(Masking.mask("0123456789ab")).isEqualTo("****89ab");
		assertThat(Masking.mask(null)).isEqualTo("****");
	}

	@Test
	void scrubMasksEveryKeyLikeRunAndLeavesTheRest() {
		String text = "no user named '" + SECRET + "' nor vera01ES-abcdef0123 in [prod]";

		assertThat(Masking.scrub(text)).isEqualTo("no user named '****9f3e' nor ****0123 in [prod]");
	}

	@Test
	void scrubMasksThirtyTwoHexCharactersButNotThirtyOneNorAUuid() {
		String apiId = "3ddaeeb10ca690df3fee5e3bd1c329fa";

		assertThat(Masking.scrub("id " + apiId)).isEqualTo("id ****29fa");
		assertThat(Masking.scrub(apiId.substring(1))).isEqualTo(apiId.substring(1));
		assertThat(Masking.scrub("4066983a-c701-3716-9f2d-db4213c198d3"))
			.isEqualTo("4066983a-c701-3716-9f2d-db4213c198d3");
	}

	@Test
	void aVeracodePrefixIsMaskedInAnyCaseWithTheWordItStarts() {
		assertThat(Masking.scrub("key VERA01EI-0123456789abcdef")).isEqualTo("key ****cdef");
		assertThat(Masking.scrub("a vera01 prefix, vera01ei-")).isEqualTo("a vera01 prefix, ****");
		assertThat(Masking.looksSecret("vera01")).isTrue();
		assertThat(Masking.looksSecret("my-Vera01-profile")).isTrue();
		assertThat(Masking.looksSecret("prod-eu")).isFalse();
	}

	@Test
	void scrubbingTwiceChangesNothingMore() {
		String once = Masking.scrub("a " + SECRET + " b vera01ei-" + SECRET);

		assertThat(Masking.scrub(once)).isEqualTo(once).isEqualTo("a ****9f3e b ****9f3e");
	}

}
