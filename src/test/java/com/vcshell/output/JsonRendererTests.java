package com.vcshell.output;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.vcshell.auth.Masking;

import static org.assertj.core.api.Assertions.assertThat;

class JsonRendererTests {

	private final JsonRenderer renderer = new JsonRenderer();

	private final JsonMapper plain = JsonMapper.builder().build();

	@Test
	void recordsAreSnakeCaseWithIsoTimestampsAndNoNulls() {
		// given
		Credentials credentials = new Credentials("3f2a", Masking.mask("0123456789abcdef9f3e"),
				Instant.parse("2026-03-01T10:15:30Z"), null, "valid");
		// when
		JsonNode json = this.plain.readTree(write(credentials));
		// then
		assertThat(json.get("api_id").asString()).isEqualTo("3f2a");
		assertThat(json.get("api_secret").asString()).isEqualTo("****9f3e");
		assertThat(json.get("expiration_ts").asString()).isEqualTo("2026-03-01T10:15:30Z");
		assertThat(json.has("revoked_at")).isFalse();
		assertThat(json.get("state").asString()).isEqualTo("valid");
	}

	@Test
	void oneDocumentPerCallEvenForLists() {
		String text = write(List.of(Map.of("user_name", "alice"), Map.of("user_name", "bob")));

		JsonNode json = this.plain.readTree(text);

		assertThat(json.isArray()).isTrue();
		assertThat(json).hasSize(2);
		assertThat(json.get(1).get("user_name").asString()).isEqualTo("bob");
		assertThat(text).endsWith("]" + System.lineSeparator());
	}

	@Test
	void prettyPrinted() {
		assertThat(write(Map.of("a", 1)).lines().count()).isGreaterThan(1);
	}

	@Test
	void aMaskedSecretNeverAppearsInFull() {
		String secret = "a".repeat(124) + "9f3e";

		String text = write(new Credentials("id", Masking.mask(secret), null, null, null));

		assertThat(text).contains("****9f3e").doesNotContain(secret);
	}

	private String write(Object value) {
		StringWriter buffer = new StringWriter();
		this.renderer.write(value, new PrintWriter(buffer));
		return buffer.toString();
	}

	record Credentials(String apiId, String apiSecret, Instant expirationTs, Instant revokedAt,
			@JsonProperty("state") String status) {
	}

}
