package com.vcshell.auth;

import java.net.URI;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HmacSignerTests {

	private static final ApiCredentials CREDENTIALS = ApiCredentials.of("3ddaeeb10ca690df3fee5e3bd1c329fa",
			"0123456789abcdef".repeat(8));

	private static final byte[] NONCE = new byte[16];

	private static final Instant TS = Instant.ofEpochMilli(1700000000000L);

	@Test
	void signsTheRawEncodedQueryNotTheDecodedOne() {
		HmacSigner.Signature signature = HmacSigner.sign(CREDENTIALS, "GET",
				URI.create("https://api.veracode.com/api/authn/v2/users?email_address=user%40example.com"), TS, NONCE);

		assertThat(signature.signingData())
			.endsWith("&url=/api/authn/v2/users?email_address=user%40example.com&method=GET");
	}

	@Test
	void neverSignsABareTrailingQuestionMark() {
		HmacSigner.Signature withEmptyQuery = HmacSigner.sign(CREDENTIALS, "GET",
				URI.create("https://api.veracode.com/api/authn/v2/users/self?"), TS, NONCE);
		HmacSigner.Signature without = HmacSigner.sign(CREDENTIALS, "GET",
				URI.create("https://api.veracode.com/api/authn/v2/users/self"), TS, NONCE);

		assertThat(withEmptyQuery.signingData()).contains("&url=/api/authn/v2/users/self&");
		assertThat(withEmptyQuery.sig()).isEqualTo(without.sig());
	}

	@Test
	void lowerCasesTheHostAndDropsThePort() {
		HmacSigner.Signature mixed = HmacSigner.sign(CREDENTIALS, "get",
				URI.create("https://API.Veracode.COM:8443/api/authn/v2/users/self"), TS, NONCE);

		assertThat(mixed.signingData()).isEqualTo(
				"id=3ddaeeb10ca690df3fee5e3bd1c329fa&host=api.veracode.com&url=/api/authn/v2/users/self&method=GET");
	}

	@Test
	void aDifferentNonceOrTimestampGivesADifferentSignature() {
		URI uri = URI.create("https://api.veracode.com/api/authn/v2/users/self");
		byte[] otherNonce = new byte[16];
		otherNonce[15] = 1;

		String base = HmacSigner.sign(CREDENTIALS, "GET", uri, TS, NONCE).sig();

		assertThat(HmacSigner.sign(CREDENTIALS, "GET", uri, TS, otherNonce).sig()).isNotEqualTo(base);
		assertThat(HmacSigner.sign(CREDENTIALS, "GET", uri, TS.plusMillis(1), NONCE).sig()).isNotEqualTo(base);
	}

}
