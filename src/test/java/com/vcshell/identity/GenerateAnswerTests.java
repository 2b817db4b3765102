package com.vcshell.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.emulator.SeedAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A generate against the loopback emulator: its raw answer reaches the sink before it is
 * parsed, an interrupt while it is in flight does not lose its answer, and one before it
 * is sent stops it before anything goes out.
 */
class GenerateAnswerTests {

	private IdentityEmulator emulator;

	private RestIdentityClient client;

	@BeforeEach
	void start() {
		this.emulator = IdentityEmulator.start(0);
		SeedAccount admin = this.emulator.admin();
		ApiCredentials pair = ApiCredentials.of(admin.apiId(), admin.apiSecret());
		this.client = RestIdentityClient.create(this.emulator.baseUrl(), () -> pair,
				IdentityClientSettings.defaults(Map.of()));
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void theRawAnswerReachesTheSinkBeforeTheCallReturns() {
		List<String> answers = new ArrayList<>();

		GeneratedCredentials pair = this.client
			.generateOwn((body) -> answers.add(new String(body, StandardCharsets.UTF_8)));

		assertThat(answers).singleElement()
			.asString()
			.contains("\"api_id\":\"" + pair.apiId() + "\"")
			.contains(pair.apiSecret());
	}

	@Test
	void aSinkThatFailsDoesNotCostTheAnswer() {
		GeneratedCredentials pair = this.client.generateOwn((body) -> {
			throw new IllegalStateException("disk full");
		});

		assertThat(pair.apiId()).isEqualTo(currentApiId());
	}

	@Test
	void anInterruptWhileTheGenerateIsInFlightDoesNotLoseItsAnswer() throws Exception {
		this.emulator.controls().delayNext(1, Duration.ofMillis(1500));
		AtomicReference<Object> outcome = new AtomicReference<>();
		AtomicBoolean interruptedAfter = new AtomicBoolean();
		Thread caller = new Thread(() -> {
			try {
				outcome.set(this.client.generateOwn());
			}
			catch (RuntimeException ex) {
				outcome.set(ex);
			}
			interruptedAfter.set(Thread.interrupted());
		});
		caller.start();
		waitUntilTheEmulatorHandlesIt();

		caller.interrupt(); // Ctrl-C, with the request sent and its answer not yet back
		caller.join();

		assertThat(outcome.get()).isInstanceOfSatisfying(GeneratedCredentials.class,
				(pair) -> assertThat(pair.apiId()).isEqualTo(currentApiId()));
		assertThat(interruptedAfter).as("the caller still learns of the interrupt").isTrue();
	}

	@Test
	void anInterruptBeforeTheGenerateIsSentSendsNothing() throws Exception {
		String before = currentApiId();
		long requests = this.emulator.controls().requestCount();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		Thread caller = new Thread(() -> {
			Thread.currentThread().interrupt();
			try {
				this.client.generateOwn();
			}
			catch (RuntimeException ex) {
				failure.set(ex);
			}
		});
		caller.start();
		caller.join();

		assertThat(failure.get()).isInstanceOfSatisfying(VeracodeApiException.class, (ex) -> {
			assertThat(ex.getMessage())
				.isEqualTo("interrupted before POST /api/authn/v2/api_credentials was sent; nothing was generated");
			assertThat(ex.outcomeUnknown()).isFalse();
		});
		assertThat(this.emulator.controls().requestCount()).isEqualTo(requests);
		assertThat(currentApiId()).isEqualTo(before);
	}

	@Test
	void anAnswerThatIsNotAPairStillReachesTheSink() {
		this.emulator.controls().failNext(1, 200);
		List<byte[]> answers = new ArrayList<>();

		assertThatExceptionOfType(VeracodeApiException.class).isThrownBy(() -> this.client.generateOwn(answers::add))
			.satisfies((ex) -> assertThat(ex.outcomeUnknown()).isTrue());
		assertThat(answers).hasSize(1);
	}

	private void waitUntilTheEmulatorHandlesIt() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (this.emulator.controls().inFlight() == 0 && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(this.emulator.controls().inFlight()).as("the generate reached the emulator").isEqualTo(1);
	}

	private String currentApiId() {
		return this.emulator.currentApiId(this.emulator.admin().userId()).orElseThrow();
	}

}
