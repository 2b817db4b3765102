package com.vcshell.identity;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.HmacSigner;
import com.vcshell.auth.NonceGenerator;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.client.RequestMatcher;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client bound to a {@link MockRestServiceServer}, with a pinned clock, counting
 * nonces, and a sleeper that only records, plus a matcher that re-computes every
 * request's signature.
 */
final class ApiFixture {

	static final String BASE = "https://api.veracode.com";

	static final String ID = "3ddaeeb10ca690df3fee5e3bd1c329fa";

	static final String SECRET = "0123456789abcdef".repeat(8);

	static final Instant NOW = Instant.ofEpochMilli(1_700_000_000_000L);

	final ApiCredentials credentials;

	final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	final List<String> noncesIssued = new ArrayList<>();

	final List<String> noncesSeen = new ArrayList<>();

	final List<Duration> sleeps = new ArrayList<>();

	final MockRestServiceServer server;

	final RestIdentityClient client;

	ApiFixture() {
		this(BASE, ApiCredentials.of(ID, SECRET));
	}

	ApiFixture(String baseUrl, ApiCredentials credentials) {
		this.credentials = credentials;
		RestClient.Builder builder = RestClient.builder();
		this.server = MockRestServiceServer.bindTo(builder).build();
		this.client = RestIdentityClient.create(builder, URI.create(baseUrl), () -> this.credentials, settings());
	}

	IdentityClientSettings settings() {
		NonceGenerator nonces = () -> {
			byte[] nonce = new byte[NonceGenerator.NONCE_BYTES];
			nonce[15] = (byte) (this.noncesIssued.size() + 1);
			this.noncesIssued.add(HexFormat.of().formatHex(nonce));
			return nonce;
		};
		return IdentityClientSettings.defaults(Map.of()).withClock(this.clock, nonces, this.sleeps::add);
	}

	/**
	 * Checks the {@code Authorization} header by signing the request again with the
	 * pinned clock and the nonce it carries.
	 */
	RequestMatcher signed() {
		return (request) -> {
			String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
			assertThat(header).as("Authorization").isNotNull();
			Matcher m = Pattern.compile("ts=(\\d+),nonce=([0-9a-f]{32}),").matcher(header);
			assertThat(m.find()).as("ts and nonce in " + header).isTrue();
			Instant ts = Instant.ofEpochMilli(Long.parseLong(m.group(1)));
			assertThat(ts).isEqualTo(NOW);
			String expected = HmacSigner
				.sign(this.credentials, request.getMethod().name(), request.getURI(), ts,
						HexFormat.of().parseHex(m.group(2)))
				.header();
			assertThat(header).isEqualTo(expected);
			this.noncesSeen.add(m.group(2));
		};
	}

}
