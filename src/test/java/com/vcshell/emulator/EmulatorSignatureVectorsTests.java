package com.vcshell.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.HmacSigner;
import com.vcshell.emulator.TenantUser.AccountType;
import com.vcshell.emulator.TenantUser.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator verifies signatures as Veracode does: it accepts each known-answer request
 * of {@code hmac-vectors.json} (clock pinned to the vector's timestamp, the vector's host
 * in the Host header, sent byte for byte on a socket) and rejects it when one bit of the
 * signature, the path, the query or the method changes.
 */
class EmulatorSignatureVectorsTests {

	static Stream<Named<JsonNode>> vectors() throws IOException {
		try (InputStream in = EmulatorSignatureVectorsTests.class.getResourceAsStream("/hmac-vectors.json")) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			List<Named<JsonNode>> cases = new ArrayList<>();
			root.path("cases").forEach((node) -> cases.add(Named.of(node.path("name").asString(), node)));
			assertThat(cases).hasSizeGreaterThanOrEqualTo(13);
			return cases.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vectors")
	void acceptsTheVectorAndRejectsEveryOneBitChange(JsonNode vector) throws IOException {
		// given
		Instant timestamp = Instant.ofEpochMilli(Long.parseLong(vector.path("timestamp").asString()));
		URI url = URI.create(vector.path("url").asString());
		String host = url.getHost() + ((url.getPort() != -1) ? ":" + url.getPort() : "");
		String target = HmacSigner.pathAndQuery(url);
		String method = vector.path("method").asString();
		String header = vector.path("authorization").asString();
		try (IdentityEmulator emulator = IdentityEmulator.start(0, Clock.fixed(timestamp, ZoneOffset.UTC))) {
			register(emulator, vector, timestamp);
			EmulatorHttp http = new EmulatorHttp(emulator);
			List<String[]> changed = new ArrayList<>();
			changed.add(new String[] { "signature", method, target, withSig(header, flipFirstBit(sigOf(header))) });
			changed.add(new String[] { "path", method, flipCase(target, target.indexOf("/") + 1), header });
			changed.add(new String[] { "method", flipLowBit(method), target, header });
			if (target.contains("?")) {
				changed.add(new String[] { "query", method, flipCase(target, target.indexOf('?') + 1), header });
			}
			// when each change is sent first (a rejected request must not burn the nonce)
			for (String[] change : changed) {
				EmulatorHttp.Response rejected = http.raw(change[1], change[2], host, change[3]);
				// then
				assertThat(rejected.status()).as("one bit changed in the " + change[0]).isEqualTo(401);
				assertThat(rejected.message()).as(change[0]).isEqualTo("Invalid HMAC signature");
			}
			EmulatorHttp.Response accepted = http.raw(method, target, host, header);
			assertThat(accepted.status()).as(accepted.body()).isNotEqualTo(401);
			assertThat(accepted.status()).isIn(200, 404);
		}
	}

	/**
	 * Adds the vector's key to the tenant, for an admin API account, valid at its time.
	 */
	private static void register(IdentityEmulator emulator, JsonNode vector, Instant timestamp) {
		ApiCredentials credentials = ApiCredentials.of(vector.path("api_key_id").asString(),
				vector.path("api_key_secret").asString());
		String userId = UUID.nameUUIDFromBytes(credentials.apiId().getBytes()).toString();
		emulator.tenant()
			.addUser(new TenantUser(userId, "vector-" + vector.path("name").asString(), "v@example.com", "Vector",
					"API", AccountType.API, List.of(new Role("extadmin", "Admin API")), List.of("apiUser")));
		emulator.tenant()
			.issue(userId, credentials, timestamp.minus(Duration.ofDays(1)), timestamp.plus(Duration.ofDays(365)));
	}

	private static String sigOf(String header) {
		return header.substring(header.indexOf(",sig=") + 5);
	}

	private static String withSig(String header, String sig) {
		return header.substring(0, header.indexOf(",sig=") + 5) + sig;
	}

	private static String flipFirstBit(String hex) {
		byte[] bytes = HexFormat.of().parseHex(hex);
		bytes[0] ^= 0x01;
		return HexFormat.of().formatHex(bytes);
	}

	/** Flips bit 0 of the first character: GET to FET, POST to QOST, DELETE to EELETE. */
	private static String flipLowBit(String text) {
		return (char) (text.charAt(0) ^ 0x01) + text.substring(1);
	}

	/** Flips bit 5 (the case bit) of the first letter at or after {@code from}. */
	private static String flipCase(String text, int from) {
		int i = from;
		while (!Character.isLetter(text.charAt(i))) {
			i++;
		}
		char[] chars = text.toCharArray();
		chars[i] ^= 0x20;
		return new String(chars);
	}

}
