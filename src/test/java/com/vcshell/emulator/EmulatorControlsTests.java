package com.vcshell.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Fault injection, rate limiting and the clock, in-process and through the control
 * endpoint.
 */
class EmulatorControlsTests {

	private static final String SELF = "/api/authn/v2/users/self";

	private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	private final IdentityEmulator emulator = IdentityEmulator.start(0, Clock.fixed(NOW, ZoneOffset.UTC));

	private final EmulatorHttp http = new EmulatorHttp(this.emulator);

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void failsTheNextRequestsWithTheGivenStatusThenRecovers() {
		this.emulator.controls().failNext(2, 503);

		assertThat(self().status()).isEqualTo(503);
		EmulatorHttp.Response second = self();
		assertThat(second.status()).isEqualTo(503);
		assertThat(second.json().path("http_status").asString()).isEqualTo("Service Unavailable");
		assertThat(self().status()).isEqualTo(200);
		assertThat(this.emulator.controls().requestCount()).isEqualTo(3);
	}

	@Test
	void delaysTheNextRequest() {
		this.emulator.controls().delayNext(1, Duration.ofMillis(300));

		long start = System.nanoTime();
		EmulatorHttp.Response delayed = self();
		long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

		assertThat(delayed.status()).isEqualTo(200);
		assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
	}

	@Test
	void dropsTheConnectionWithoutAResponse() throws IOException {
		this.emulator.controls().dropNext(1);

		byte[] answer;
		try (Socket socket = new Socket(this.emulator.baseUrl().getHost(), this.emulator.baseUrl().getPort())) {
			socket.setSoTimeout(5000);
			socket.getOutputStream()
				.write("GET /api/authn/v2/users/self HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
					.getBytes(StandardCharsets.US_ASCII));
			answer = socket.getInputStream().readAllBytes();
		}

		assertThat(answer).isEmpty();
		assertThat(self().status()).isEqualTo(200);
	}

	@Test
	void dropsAreSeenByAnHttpClientThatDoesNotRetry() {
		// the JDK HttpClient silently retries a GET once on a closed connection
		this.emulator.controls().dropNext(2);

		assertThatThrownBy(this::self).isInstanceOf(UncheckedIOException.class);
		assertThat(self().status()).isEqualTo(200);
	}

	@Test
	void rateLimitsWith429AndRetryAfterUntilSwitchedOff() {
		this.emulator.controls().rateLimit(7);

		EmulatorHttp.Response limited = self();
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.headers()).containsEntry("retry-after", "7");
		assertThat(self().status()).isEqualTo(429);

		this.emulator.controls().rateLimitOff();
		assertThat(self().status()).isEqualTo(200);
	}

	@Test
	void resetClearsFaultsAndRateLimiting() {
		this.emulator.controls().failNext(5, 500).rateLimit(1).reset();

		assertThat(self().status()).isEqualTo(200);
		assertThat(this.emulator.controls().pendingFaults()).isZero();
	}

	@Test
	void theClockCanBeAdvancedPastTheSignatureWindow() {
		byte[] nonce = EmulatorHttp.nonce();
		this.emulator.controls().advanceClock(Duration.ofMinutes(6));

		EmulatorHttp.Response stale = this.http.send(
				com.vcshell.auth.ApiCredentials.of(this.emulator.admin().apiId(), this.emulator.admin().apiSecret()),
				"GET", SELF, NOW, nonce);

		assertThat(stale.status()).isEqualTo(401);
		assertThat(this.emulator.controls().now()).isEqualTo(NOW.plus(Duration.ofMinutes(6)));
	}

	@Test
	void theControlEndpointInjectsFaultsAndReportsState() throws Exception {
		JsonNode afterFail = control("{\"action\":\"fail\",\"count\":1,\"status\":502}");
		assertThat(afterFail.path("pending_faults").asInt()).isEqualTo(1);
		assertThat(self().status()).isEqualTo(502);

		control("{\"action\":\"rate_limit\",\"retry_after\":3}");
		assertThat(self().headers()).containsEntry("retry-after", "3");
		control("{\"action\":\"rate_limit_off\"}");
		control("{\"action\":\"pin_clock\",\"instant\":\"2027-01-01T00:00:00Z\"}");
		assertThat(this.emulator.controls().now()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));

		HttpResponse<String> state = get("/__emulator/state?user_id=" + this.emulator.admin().userId());
		JsonNode json = JsonMapper.builder().build().readTree(state.body());
		assertThat(json.path("api_id").asString()).isEqualTo(this.emulator.admin().apiId());
		assertThat(json.path("pair_count").asLong()).as("the seeded pair").isEqualTo(1);
		assertThat(json.path("now").asString()).isEqualTo("2027-01-01T00:00:00.000+0000");
		assertThat(post("{\"action\":\"explode\"}").statusCode()).isEqualTo(400);
		assertThat(get("/__emulator/nothing").statusCode()).isEqualTo(404);
	}

	private EmulatorHttp.Response self() {
		return this.http.send(this.emulator.admin(), "GET", SELF);
	}

	private JsonNode control(String body) throws IOException, InterruptedException {
		HttpResponse<String> response = post(body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

	private HttpResponse<String> post(String body) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/__emulator/control"))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.header("Content-Type", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return this.emulator.baseUrl().resolve(path);
	}

}
