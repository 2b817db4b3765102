package com.vcshell.auth;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

	@Test
	void printsNeitherTheSecretNorAnyDerivedKeyNorTheSignature() {
		// given
		HmacSigner.Signature signature = HmacSigner.sign(CREDENTIALS, "GET",
				URI.create("https://api.veracode.com/api/authn/v2/users/self"), TS, NONCE);
		HmacSigner.Steps steps = signature.steps();
		List<String> secrets = List.of(CREDENTIALS.secretHex(), steps.kNonce(), steps.kDate(), steps.kSig(),
				steps.sig());

		// when
		String printed = signature.toString() + " " + steps.toString();

		// then
		assertThat(secrets).allSatisfy((secret) -> assertThat(printed).doesNotContain(secret));
		assertThat(signature.toString()).contains(CREDENTIALS.apiId(), signature.timestamp(), signature.nonce());
		assertThat(steps.toString()).contains(steps.signingData());
	}

	@Test
	void signsConcurrentlyExactlyAsItSignsOneAtATime() throws Exception {
		// given 8 threads x 500 requests, each with its own answer signed one at a time
		List<Signed> requests = new ArrayList<>();
		Random random = new Random(7);
		for (int i = 0; i < 4000; i++) {
			byte[] nonce = new byte[16];
			random.nextBytes(nonce);
			URI uri = URI.create("https://api.veracode.com/api/authn/v2/users/" + random.nextInt(1000) + "?page=" + i);
			Instant ts = TS.plusMillis(random.nextInt(1_000_000));
			requests.add(new Signed(uri, ts, nonce, HmacSigner.sign(CREDENTIALS, "GET", uri, ts, nonce).header()));
		}

		// when all of them are signed again on 8 threads at once
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<List<String>>> results = new ArrayList<>();
		try {
			for (int t = 0; t < 8; t++) {
				List<Signed> slice = requests.subList(t * 500, (t + 1) * 500);
				results.add(pool.submit(() -> slice.stream()
					.map((r) -> HmacSigner.sign(CREDENTIALS, "GET", r.uri(), r.timestamp(), r.nonce()).header())
					.toList()));
			}

			// then every header is the one signed alone
			for (int t = 0; t < 8; t++) {
				List<String> headers = results.get(t).get();
				for (int i = 0; i < 500; i++) {
					assertThat(headers.get(i)).isEqualTo(requests.get(t * 500 + i).header());
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private record Signed(URI uri, Instant timestamp, byte[] nonce, String header) {
	}

}
