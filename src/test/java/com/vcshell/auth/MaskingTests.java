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

}
