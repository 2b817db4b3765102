package com.vcshell.auth;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

class HmacSigningInterceptorTests {

	private static final ApiCredentials CREDENTIALS = ApiCredentials.of("vera01ei-3ddaeeb10ca690df3fee5e3bd1c329fa",
			"vera01es-" + "0123456789abcdef".repeat(8));

	private static final Instant NOW = Instant.ofEpochMilli(1712345678901L);

	private final List<String> authorizations = new ArrayList<>();

	private final AtomicInteger nonceCounter = new AtomicInteger();

	private final NonceGenerator nonces = () -> {
		byte[] nonce = new byte[16];
		nonce[15] = (byte) this.nonceCounter.incrementAndGet();
		return nonce;
	};

	@Test
	void signsTheFinalEncodedUriSoTheServerCanVerifyIt() {
		// given
		RestClient.Builder builder = RestClient.builder()
			.baseUrl("https://api.veracode.eu")
			.requestInterceptor(new HmacSigningInterceptor(() -> CREDENTIALS, "api.veracode.eu",
					Clock.fixed(NOW, ZoneOffset.UTC), this.nonces));
		MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
		server.expect(requestTo("https://api.veracode.eu/api/authn/v2/users?email_address=user%40example.com"))
			.andExpect(request -> this.authorizations.add(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION)))
			.andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));

		// when
		builder.build()
			.get()
			.uri("/api/authn/v2/users?email_address={email}", "user@example.com")
			.retrieve()
			.toBodilessEntity();

		// then the header verifies for the encoded query, as Veracode checks it
		server.verify();
		assertThat(this.authorizations).hasSize(1);
		String header = this.authorizations.get(0);
		String ts = field(header, "ts");
		String nonce = field(header, "nonce");
		assertThat(ts).isEqualTo("1712345678901");
		HmacSigner.Signature expected = HmacSigner.sign(CREDENTIALS, "GET", "api.veracode.eu",
				"/api/authn/v2/users?email_address=user%40example.com", NOW, HexFormat.of().parseHex(nonce));
		assertThat(header).isEqualTo(expected.header());
		assertThat(field(header, "id")).isEqualTo("3ddaeeb10ca690df3fee5e3bd1c329fa");
	}

	@Test
	void everyRequestGetsAFreshNonceAndOnlyTheApiHostIsSigned() {
		// given
		RestClient.Builder builder = RestClient.builder()
			.requestInterceptor(new HmacSigningInterceptor(() -> CREDENTIALS, "API.veracode.eu",
					Clock.fixed(NOW, ZoneOffset.UTC), this.nonces));
		MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
		for (int i = 0; i < 2; i++) {
			server.expect(requestTo("https://api.veracode.eu:8443/api/authn/v2/users/self"))
				.andExpect(request -> this.authorizations.add(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION)))
				.andRespond(withSuccess());
		}
		server.expect(requestTo("https://elsewhere.example.test/x"))
			.andExpect(request -> assertThat(request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION))
				.as("a request to another host carries no signature")
				.isFalse())
			.andRespond(withSuccess());
		RestClient client = builder.build();

		// when
		client.get()
			.uri(URI.create("https://api.veracode.eu:8443/api/authn/v2/users/self"))
			.retrieve()
			.toBodilessEntity();
		client.get()
			.uri(URI.create("https://api.veracode.eu:8443/api/authn/v2/users/self"))
			.retrieve()
			.toBodilessEntity();
		client.get().uri(URI.create("https://elsewhere.example.test/x")).retrieve().toBodilessEntity();

		// then
		server.verify();
		assertThat(this.authorizations).hasSize(2);
		assertThat(field(this.authorizations.get(0), "nonce")).isNotEqualTo(field(this.authorizations.get(1), "nonce"));
		assertThat(this.authorizations.get(0)).isEqualTo(
				HmacSigner
					.sign(CREDENTIALS, "GET", "api.veracode.eu", "/api/authn/v2/users/self", NOW,
							HexFormat.of().parseHex(field(this.authorizations.get(0), "nonce")))
					.header());
	}

	private static String field(String header, String name) {
		for (String pair : header.substring(header.indexOf(' ') + 1).split(",")) {
			if (pair.startsWith(name + "=")) {
				return pair.substring(name.length() + 1);
			}
		}
		throw new AssertionError("no " + name + " in " + header);
	}

}
