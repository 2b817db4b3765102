package com.vcshell.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.NonceGenerator;
import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.emulator.SeedAccount;
import com.vcshell.identity.ApiHosts;
import com.vcshell.identity.IdentityClient;
import com.vcshell.identity.IdentityClientSettings;
import com.vcshell.identity.User;
import com.vcshell.identity.UserType;
import com.vcshell.identity.VeracodeApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The credentials of a 200-account tenant read by the pool, over real signed HTTP to the
 * in-process emulator: the reads overlap but never exceed the pool, stay within the rate
 * limit, keep the accounts' order, and stop at once on Ctrl-C (an interrupt).
 */
class CredentialsReaderTests {

	private static final int TENANT = 200;

	private static final int POOL = 8;

	private IdentityEmulator emulator;

	private ApiHosts hosts;

	@AfterEach
	void stop() {
		if (this.emulator != null) {
			this.hosts.close();
			this.emulator.close();
		}
	}

	@Test
	void readsOverlapNeverBeyondThePoolAndComeBackInTheAccountsOrder() {
		IdentityClient client = start(Clock.systemUTC(), IdentityClientSettings.defaults(Map.of()));
		List<User> accounts = client.allUsers(UserType.API);
		this.emulator.controls().latency(Duration.ofMillis(20));
		Progress progress = new Progress();

		List<AccountCredentials> read = new CredentialsReader(new Concurrency(POOL)).readAll(client, accounts,
				progress);

		assertThat(accounts).hasSize(TENANT);
		assertThat(read).extracting(AccountCredentials::account).containsExactlyElementsOf(accounts);
		assertThat(read).allSatisfy((result) -> {
			assertThat(result.read()).isTrue();
			String apiId = (result.credentials() != null) ? result.credentials().apiId() : null;
			assertThat(apiId).isEqualTo(this.emulator.currentApiId(result.account().userId()).orElse(null));
		});
		assertThat(read).filteredOn((result) -> result.credentials() == null).as("never issued: 404").isNotEmpty();
		assertThat(this.emulator.controls().maxInFlight()).as("reads overlapped, within the pool").isBetween(2, POOL);
		assertThat(progress.events).hasSize(TENANT + 2).startsWith("start " + TENANT).endsWith("finish");
		assertThat(progress.threads).containsOnly(Thread.currentThread().getName());
	}

	@Test
	void anAccountThatCannotBeReadIsAResultWithItsFailure() {
		IdentityClient client = start(Clock.systemUTC(), IdentityClientSettings.defaults(Map.of()));
		List<User> accounts = client.allUsers(UserType.API);
		this.emulator.controls().failNext(3, 403);

		List<AccountCredentials> read = new CredentialsReader(new Concurrency(POOL)).readAll(client, accounts,
				ProgressListener.NONE);

		assertThat(read).hasSize(TENANT).filteredOn((result) -> !result.read()).hasSize(3).allSatisfy((result) -> {
			assertThat(result.failure().kind()).isEqualTo(VeracodeApiException.Kind.REFUSED);
			assertThat(result.credentials()).isNull();
		});
	}

	@Test
	void ctrlCStopsThePoolAtOnceAndNoReadIsLeftRunning() throws InterruptedException {
		IdentityClient client = start(Clock.systemUTC(), IdentityClientSettings.defaults(Map.of()));
		List<User> accounts = client.allUsers(UserType.API);
		this.emulator.controls().latency(Duration.ofMillis(200));
		long before = this.emulator.controls().requestCount();
		Progress interruptAtEight = new Progress() {

			@Override
			public void step() {
				super.step();
				if (this.events.size() == 1 + POOL) {
					Thread.currentThread().interrupt(); // what Ctrl-C does to the shell's
														// thread
				}
			}

		};

		assertThatExceptionOfType(VeracodeApiException.class)
			.isThrownBy(() -> new CredentialsReader(new Concurrency(POOL)).readAll(client, accounts, interruptAtEight))
			.withMessage("interrupted (Ctrl-C) after reading 8 of " + TENANT
					+ " accounts' credentials; no more requests were sent");

		assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
		assertThat(interruptAtEight.events).endsWith("finish");
		assertThat(threadsInARead()).as("no read is left running when it returns").isEmpty();
		// a stopped pool's threads end just after it reports itself stopped; a pool left
		// running would have read all 200 accounts by the time its threads end
		List<Thread> pool = readThreads();
		for (Thread thread : pool) {
			thread.join(Duration.ofSeconds(60).toMillis());
		}
		assertThat(pool).as("every read thread has ended").noneMatch(Thread::isAlive);
		assertThat(this.emulator.controls().requestCount() - before).as("far fewer reads than accounts")
			.isLessThan(TENANT / 2);
	}

	@Test
	void thePoolSharesTheHostsRateLimitSoTheServerNeverRefuses() {
		// given: one clock for both sides that moves only when a thread waits for its
		// slot
		// (a minute of waiting takes no time); a limit of 50 calls a minute on the client
		JumpingClock clock = new JumpingClock(Instant.parse("2026-06-01T00:00:00Z"));
		int limit = 50;
		IdentityClientSettings settings = IdentityClientSettings.defaults(Map.of())
			.withClock(clock, NonceGenerator.secureRandom(), clock::sleep)
			.withLimits(3, limit);
		IdentityClient client = start(clock, settings);
		// the server refuses beyond the limit, allowing the pool's 8 more: with this
		// clock
		// a request may arrive after up to 7 later slots were taken and jumped to
		this.emulator.controls().rateLimitPerMinute(limit + POOL);
		Instant start = clock.instant();

		// when: paging (4 calls) and 200 reads
		List<User> accounts = client.allUsers(UserType.API);
		List<AccountCredentials> read = new CredentialsReader(new Concurrency(POOL)).readAll(client, accounts,
				ProgressListener.NONE);

		// then
		assertThat(read).hasSize(TENANT).allSatisfy((result) -> assertThat(result.read()).isTrue());
		assertThat(this.emulator.controls().rateLimitRefusals()).as("no 429").isZero();
		assertThat(Duration.between(start, clock.instant()))
			.as("204 calls at 50 a minute wait about 4 minutes: the limit governed")
			.isGreaterThanOrEqualTo(Duration.ofMinutes(4));
	}

	@Test
	void aPoolSizeThatIsNotValidStopsTheReadBeforeAnyRequest() {
		IdentityClient client = start(Clock.systemUTC(), IdentityClientSettings.defaults(Map.of()));
		List<User> accounts = client.allUsers(UserType.API);
		long before = this.emulator.controls().requestCount();
		Concurrency invalid = Concurrency.fromEnvironment(Map.of(Concurrency.VARIABLE, "65"));

		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> new CredentialsReader(invalid).readAll(client, accounts, ProgressListener.NONE))
			.withMessage("VCSHELL_CONCURRENCY must be a whole number of reads at once from 1 to 64 (the default is 8)");
		assertThat(this.emulator.controls().requestCount()).isEqualTo(before);
	}

	@Test
	void thePoolSizeComesFromTheEnvironment() {
		assertThat(Concurrency.fromEnvironment(Map.of()).threads()).isEqualTo(8);
		assertThat(Concurrency.fromEnvironment(Map.of(Concurrency.VARIABLE, " 1 ")).threads()).isEqualTo(1);
		assertThat(Concurrency.fromEnvironment(Map.of(Concurrency.VARIABLE, "64")).threads()).isEqualTo(64);
		for (String bad : List.of("0", "65", "-1", "8.0", "eight", "100000000000")) {
			assertThat(Concurrency.fromEnvironment(Map.of(Concurrency.VARIABLE, bad)).threads()).as(bad)
				.isEqualTo(Concurrency.INVALID);
		}
	}

	private IdentityClient start(Clock clock, IdentityClientSettings settings) {
		this.emulator = IdentityEmulator.start(0, clock, TENANT);
		this.hosts = new ApiHosts(settings);
		SeedAccount admin = this.emulator.admin();
		ApiCredentials pair = ApiCredentials.of(admin.apiId(), admin.apiSecret());
		return this.hosts.client(this.emulator.baseUrl(), () -> pair);
	}

	private static List<Thread> readThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().startsWith("vcshell-read-"))
			.toList();
	}

	/** The pool's threads that are running a read: a frame of the reader's own code. */
	private static List<String> threadsInARead() {
		return Thread.getAllStackTraces()
			.entrySet()
			.stream()
			.filter((thread) -> thread.getKey().getName().startsWith("vcshell-read-"))
			.filter((thread) -> Arrays.stream(thread.getValue())
				.anyMatch((frame) -> frame.getClassName().startsWith(CredentialsReader.class.getName())))
			.map((thread) -> thread.getKey().getName())
			.toList();
	}

	/** What the reader told, and on which threads. */
	private static class Progress implements ProgressListener {

		final List<String> events = new ArrayList<>();

		final List<String> threads = new ArrayList<>();

		@Override
		public void start(int total) {
			record("start " + total);
		}

		@Override
		public void step() {
			record("step");
		}

		@Override
		public void finish() {
			record("finish");
		}

		private void record(String event) {
			this.events.add(event);
			this.threads.add(Thread.currentThread().getName());
		}

	}

	/**
	 * A clock that stands still but for waits: a thread that waits for its rate-limit
	 * slot moves it to that slot (never back), so minutes of waiting take no time.
	 */
	private static final class JumpingClock extends Clock {

		private final AtomicReference<Instant> now;

		private final ThreadLocal<Instant> lastRead = new ThreadLocal<>();

		JumpingClock(Instant start) {
			this.now = new AtomicReference<>(start);
		}

		/** The limiter read the time, then waits this long from it: its slot. */
		void sleep(Duration duration) {
			Instant slot = this.lastRead.get().plus(duration);
			this.now.accumulateAndGet(slot, (current, next) -> next.isAfter(current) ? next : current);
		}

		@Override
		public Instant instant() {
			Instant read = this.now.get();
			this.lastRead.set(read);
			return read;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
