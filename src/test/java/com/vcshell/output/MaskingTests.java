package com.vcshell.output;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTests {

	private static final String SECRET = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
			+ "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abc9f3e";

	@Test
	void secretShowsOnlyItsLastFourCharacters() {
		assertThat(Masking.secret(SECRET)).isEqualTo("****9f3e");
		assertThat(Masking.secret(SECRET.toCharArray())).isEqualTo("****9f3e");
	}

	@Test
	void shortEmptyOrMissingSecretShowsNothing() {
		assertThat(Masking.secret("")).isEqualTo("****");
		assertThat(Masking.secret("abcdefgh")).isEqualTo("****");
		assertThat(Masking.secret((String) null)).isEqualTo("****");
		assertThat(Masking.secret(new char[0])).isEqualTo("****");
		assertThat(Masking.secret((char[]) null)).isEqualTo("****");
	}

	@Test
	void apiIdShowsItsLastFourCharacters() {
		assertThat(Masking.apiId("vera01ei-3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d")).isEqualTo("****8e7d");
		assertThat(Masking.apiId("abcd")).isEqualTo("****");
		assertThat(Masking.apiId(null)).isEqualTo("****");
	}

}
