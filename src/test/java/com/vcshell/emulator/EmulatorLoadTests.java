package com.vcshell.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a large tenant's client meets: latency on every answer, requests served
 * concurrently, and a per-minute rate limit, in-process and through the control endpoint.
 */
class EmulatorLoadTests {

	private static final String SELF = "/api/authn/v2/users/self";

	private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	private final IdentityEmulator emulator = IdentityEmulator.start(0, Clock.fixed(NOW, ZoneOffset.UTC));

	private final EmulatorHttp http = new EmulatorHttp(this.emulator);

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void concurrentRequestsAreHeldTogetherByTheLatencyNotQueued() throws Exception {
		// given every answer waits a second, long enough for 8 requests sent together to
		// meet
		this.emulator.controls().latency(Duration.ofSeconds(1));
		CyclicBarrier together = new CyclicBarrier(8);
		ExecutorService clients = Executors.newFixedThreadPool(8);
		List<Future<Integer>> statuses = new ArrayList<>();

		// when
		try {
			for (int i = 0; i < 8; i++) {
				statuses.add(clients.submit(() -> {
					together.await();
					return self().status();
				}));
			}
			for (Future<Integer> status : statuses) {
				assertThat(status.get()).isEqualTo(200);
			}
		}
		finally {
			clients.shutdownNow();
		}

		// then the emulator had all 8 in hand at once: each was held, none waited for
		// another
		assertThat(this.emulator.controls().maxInFlight()).isEqualTo(8);
		assertThat(this.emulator.controls().inFlight()).isZero();
		assertThat(this.emulator.controls().requestCount()).isEqualTo(8);
	}

	@Test
	void withoutLatencySequentialRequestsNeverOverlap() {
		for (int i = 0; i < 5; i++) {
			assertThat(self().status()).isEqualTo(200);
		}

		assertThat(this.emulator.controls().maxInFlight()).isEqualTo(1);
	}

	@Test
	void thePerMinuteLimitRefusesTheCallsOverItUntilTheOldestLeavesTheMinute() {
		this.emulator.controls().rateLimitPerMinute(3);
		for (int i = 0; i < 3; i++) {
			assertThat(self().status()).isEqualTo(200);
		}

		EmulatorHttp.Response refused = self();
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.headers()).containsEntry("retry-after", "60");
		this.emulator.controls().advanceClock(Duration.ofSeconds(45));
		assertThat(self().headers()).containsEntry("retry-after", "15");

		this.emulator.controls().advanceClock(Duration.ofSeconds(15));
		assertThat(self().status()).isEqualTo(200);
		assertThat(this.emulator.controls().rateLimitRefusals()).isEqualTo(2);
		assertThat(this.emulator.controls().requestCount()).isEqualTo(6);
	}

	@Test
	void aClientThatStaysWithinTheLimitIsNeverRefused() {
		this.emulator.controls().rateLimitPerMinute(5);

		for (int minute = 0; minute < 3; minute++) {
			for (int i = 0; i < 5; i++) {
				assertThat(self().status()).isEqualTo(200);
			}
			this.emulator.controls().advanceClock(Duration.ofMinutes(1));
		}

		assertThat(this.emulator.controls().rateLimitRefusals()).isZero();
	}

	@Test
	void theControlEndpointSetsLatencyAndThePerMinuteLimitAndResetClearsBoth() {
		JsonNode set = control("{\"action\":\"latency\",\"millis\":50}");
		assertThat(set.path("latency_millis").asLong()).isEqualTo(50);
		assertThat(this.emulator.controls().latency()).isEqualTo(Duration.ofMillis(50));
		JsonNode limited = control("{\"action\":\"rate_limit_per_minute\",\"limit\":1}");
		assertThat(limited.path("rate_limit_per_minute").asInt()).isEqualTo(1);
		assertThat(self().status()).isEqualTo(200);
		assertThat(self().status()).isEqualTo(429);
		assertThat(state().path("rate_limit_refusals").asLong()).isEqualTo(1);
		assertThat(state().path("max_in_flight").asInt()).isEqualTo(1);

		assertThat(control("{\"action\":\"latency\",\"millis\":0}").path("latency_millis").asLong()).isZero();
		control("{\"action\":\"latency\",\"millis\":50}");
		JsonNode reset = control("{\"action\":\"reset\"}");

		assertThat(reset.path("latency_millis").asLong()).isZero();
		assertThat(reset.path("rate_limit_per_minute").asInt()).isZero();
		assertThat(self().status()).isEqualTo(200);
	}

	@Test
	void theControlEndpointRefusesALatencyOrLimitThatIsMissingOrNegative() {
		assertThat(this.http.control("{\"action\":\"latency\"}").status()).isEqualTo(400);
		assertThat(this.http.control("{\"action\":\"latency\",\"millis\":-1}").status()).isEqualTo(400);
		assertThat(this.http.control("{\"action\":\"latency\",\"millis\":99999999999999999999}").status())
			.isEqualTo(400);
		assertThat(this.http.control("{\"action\":\"rate_limit_per_minute\",\"limit\":\"many\"}").status())
			.isEqualTo(400);
		assertThat(this.http.control("{\"action\":\"rate_limit_per_minute\",\"limit\":-5}").message())
			.contains("at least 1");
		assertThat(this.emulator.controls().latency()).isZero();
		assertThat(this.emulator.controls().rateLimitPerMinute()).isZero();
	}

	private EmulatorHttp.Response self() {
		return this.http.send(this.emulator.admin(), "GET", SELF);
	}

	private JsonNode control(String json) {
		EmulatorHttp.Response response = this.http.control(json);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private JsonNode state() {
		return this.http.state().json();
	}

}
