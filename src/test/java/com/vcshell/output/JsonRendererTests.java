package com.vcshell.output;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
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

	@Test
	void everyStringThatLooksLikeAKeyIsMaskedUnlessUnmasked() {
		String secret = "ab".repeat(62) + "9f3e";
		String apiId = "3ddaeeb10ca690df3fee5e3bd1c329fa";
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("profile", secret);
		fields.put("roles", List.of("vera01es-" + secret, "Admin"));
		fields.put("api_id", Unmasked.apiId(apiId));
		fields.put("api_secret", Unmasked.revealed(secret));

		JsonNode json = this.plain.readTree(write(fields));

		assertThat(json.get("profile").asString()).isEqualTo("****9f3e");
		assertThat(json.get("roles").get(0).asString()).isEqualTo("****9f3e");
		assertThat(json.get("roles").get(1).asString()).isEqualTo("Admin");
		assertThat(json.get("api_id").asString()).isEqualTo(apiId);
		assertThat(json.get("api_secret").asString()).isEqualTo(secret);
	}

	@Test
	void aRecordsFieldsCanBeReplacedByAnUnmaskedValue() {
		String apiId = "3ddaeeb10ca690df3fee5e3bd1c329fa";
		Map<String, Object> fields = this.renderer
			.fields(new Credentials(apiId, null, Instant.parse("2026-03-01T10:15:30Z"), null, "valid"));
		fields.put("api_id", Unmasked.apiId(apiId));

		String text = write(fields);

		assertThat(this.plain.readTree(text).get("api_id").asString()).isEqualTo(apiId);
		assertThat(text)
			.isEqualTo(write(new Credentials(apiId, null, Instant.parse("2026-03-01T10:15:30Z"), null, "valid"))
				.replace("****29fa", apiId));
	}

	@Test
	void controlCharactersAreEscapedBeyondWhatJsonRequires() {
		String text = write(Map.of("name", "a\u001bb\u007fc\u0085d\u202ee\u2028f\ud83d\ude00"));

		assertThat(text).contains("a\\u001Bb\\u007Fc\\u0085d\\u202Ee\\u2028f\ud83d\ude00");
		assertThat(this.plain.readTree(text).get("name").asString())
			.isEqualTo("a\u001bb\u007fc\u0085d\u202ee\u2028f\ud83d\ude00");
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
