package com.vcshell.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vcshell.auth.ApiCredentials;

import static org.assertj.core.api.Assertions.assertThat;

/** Every reason the emulator refuses a request with 401 and an Identity-style body. */
class EmulatorAuthenticationTests {

	private static final String SELF = "/api/authn/v2/users/self";

	private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	private final IdentityEmulator emulator = IdentityEmulator.start(0, Clock.fixed(NOW, ZoneOffset.UTC));

	private final EmulatorHttp http = new EmulatorHttp(this.emulator);

	private final ApiCredentials admin = ApiCredentials.of(this.emulator.admin().apiId(),
			this.emulator.admin().apiSecret());

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void acceptsAWellSignedRequest() {
		EmulatorHttp.Response response = this.http.send(this.admin, "GET", SELF);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().path("user_name").asString()).isEqualTo(this.emulator.admin().userName());
	}

	@Test
	void refusesAMissingHeaderWithAnIdentityStyleBody() {
		EmulatorHttp.Response response = this.http.sendWithHeader("GET", SELF, null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.headers().get("content-type")).startsWith("application/json");
		assertThat(response.json().path("http_code").asInt()).isEqualTo(401);
		assertThat(response.json().path("http_status").asString()).isEqualTo("Unauthorized");
		assertThat(response.message()).isEqualTo("Missing Authorization header");
	}

	@Test
	void refusesAMalformedHeader() {
		String[] headers = { "Basic dXNlcjpwYXNz", "VERACODE-HMAC-SHA-256 id=abc,ts=1,nonce=00,sig=00",
				"VERACODE-HMAC-SHA-256 id=" + this.admin.apiId() + ",ts=x,nonce=00,sig=" + "0".repeat(64),
				"VERACODE-HMAC-SHA-256 id=" + this.admin.apiId() + ",ts=1,nonce=00" };
		for (String header : headers) {
			EmulatorHttp.Response response = this.http.sendWithHeader("GET", SELF, header);
			assertThat(response.status()).as(header).isEqualTo(401);
			assertThat(response.message()).as(header).containsAnyOf("Malformed", "scheme");
		}
	}

	@Test
	void refusesAnUnknownKey() {
		ApiCredentials unknown = ApiCredentials.of("0".repeat(32), "ab".repeat(64));

		EmulatorHttp.Response response = this.http.send(unknown, "GET", SELF);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.message()).startsWith("Unknown API credentials");
	}

	@Test
	void refusesAWrongSignature() {
		ApiCredentials wrongSecret = ApiCredentials.of(this.admin.apiId(), "ab".repeat(64));

		EmulatorHttp.Response response = this.http.send(wrongSecret, "GET", SELF);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.message()).isEqualTo("Invalid HMAC signature");
	}

	@Test
	void refusesATimestampMoreThanFiveMinutesOffEitherWay() {
		Duration justInside = Duration.ofMinutes(5);
		Duration outside = Duration.ofMinutes(5).plusSeconds(1);

		assertThat(sendAt(NOW.minus(justInside)).status()).isEqualTo(200);
		assertThat(sendAt(NOW.plus(justInside)).status()).isEqualTo(200);
		EmulatorHttp.Response late = sendAt(NOW.minus(outside));
		EmulatorHttp.Response early = sendAt(NOW.plus(outside));

		assertThat(late.status()).isEqualTo(401);
		assertThat(early.status()).isEqualTo(401);
		assertThat(late.message()).contains("more than 5 minutes").contains("server time 2026-06-01T10:00:00Z");
	}

	@Test
	void refusesAReusedNonce() {
		byte[] nonce = EmulatorHttp.nonce();

		EmulatorHttp.Response first = this.http.send(this.admin, "GET", SELF, NOW, nonce);
		EmulatorHttp.Response replay = this.http.send(this.admin, "GET", SELF, NOW, nonce);

		assertThat(first.status()).isEqualTo(200);
		assertThat(replay.status()).isEqualTo(401);
		assertThat(replay.message()).contains("Nonce already used");
	}

	@Test
	void refusesARevokedKeyAsSoonAsNewCredentialsAreGenerated() {
		EmulatorHttp.Response generated = this.http.send(this.admin, "POST", "/api/authn/v2/api_credentials");
		ApiCredentials fresh = ApiCredentials.of(generated.json().path("api_id").asString(),
				generated.json().path("api_secret").asString());

		EmulatorHttp.Response old = this.http.send(this.admin, "GET", SELF);
		EmulatorHttp.Response renewed = this.http.send(fresh, "GET", SELF);

		assertThat(old.status()).isEqualTo(401);
		assertThat(old.message()).contains("revoked");
		assertThat(renewed.status()).isEqualTo(200);
	}

	@Test
	void refusesAnExpiredKey() {
		SeedAccount expired = this.emulator.serviceAccounts().get(0);

		EmulatorHttp.Response response = this.http.send(expired, "GET", SELF);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.message()).contains("expired");
	}

	private EmulatorHttp.Response sendAt(Instant timestamp) {
		return this.http.send(this.admin, "GET", SELF, timestamp, EmulatorHttp.nonce());
	}

}
