package com.vcshell.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The limiter shared by a pool of threads (the concurrent expiration report): never more
 * than the limit in any minute, and no thread sleeps while it holds the lock. Time is
 * fake: a clock that ticks a few milliseconds at every read, and a sleeper that records.
 */
class RateLimiterConcurrencyTests {

	private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

	@Test
	void eightThreadsNeverMakeMoreThanTheLimitInAnyMinute() throws Exception {
		int limit = 50;
		int threads = 8;
		int callsEach = 40;
		TickingClock clock = new TickingClock();
		ThreadLocal<Duration> slept = new ThreadLocal<>();
		AtomicReference<RateLimiter> shared = new AtomicReference<>();
		List<String> sleptLocked = Collections.synchronizedList(new ArrayList<>());
		RateLimiter limiter = new RateLimiter(limit, clock, (duration) -> {
			if (shared.get().isHeldByCurrentThread()) {
				sleptLocked.add(Thread.currentThread().getName());
			}
			slept.set(duration);
		});
		shared.set(limiter);
		List<Instant> calls = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> done = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			done.add(pool.submit(() -> {
				for (int i = 0; i < callsEach; i++) {
					slept.remove();
					Instant slot = limiter.acquire();
					Instant calledAt = clock.lastRead().plus((slept.get() != null) ? slept.get() : Duration.ZERO);
					assertThat(calledAt).as("the thread waits exactly until its slot").isEqualTo(slot);
					calls.add(calledAt);
				}
				return null;
			}));
		}
		for (Future<?> future : done) {
			future.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();

		List<Instant> sorted = new ArrayList<>(calls);
		Collections.sort(sorted);
		assertThat(sorted).hasSize(threads * callsEach);
		for (int i = 0; i + limit < sorted.size(); i++) {
			assertThat(Duration.between(sorted.get(i), sorted.get(i + limit)))
				.as("calls %d and %d are %d apart: at most %d in any minute", i, i + limit, limit, limit)
				.isGreaterThanOrEqualTo(Duration.ofMinutes(1));
		}
		assertThat(Duration.between(sorted.get(0), sorted.get(sorted.size() - 1)))
			.as("no more waiting than the limit needs: 320 calls at 50 a minute span about 6 minutes")
			.isBetween(Duration.ofMinutes(6), Duration.ofMinutes(6).plusSeconds(10));
		assertThat(sleptLocked).as("threads that slept holding the lock").isEmpty();
	}

	@Test
	@Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
	void aCallerWaitingForItsSlotDoesNotBlockTheNextFromReservingHis() throws Exception {
		CountDownLatch firstIsWaiting = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
		RateLimiter limiter = new RateLimiter(1, Clock.fixed(START, ZoneOffset.UTC), (duration) -> {
			waits.add(duration);
			if (waits.size() == 1) {
				firstIsWaiting.countDown();
				release.await();
			}
		});
		limiter.acquire();
		Thread first = new Thread(() -> {
			try {
				limiter.acquire();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		first.setDaemon(true);
		first.start();
		firstIsWaiting.await();

		// with a lock held while sleeping, this would wait for the first caller forever
		Instant mine = limiter.acquire();

		release.countDown();
		first.join();
		assertThat(mine).isEqualTo(START.plus(Duration.ofMinutes(2)));
		assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2));
	}

	@Test
	void anInterruptedWaitKeepsItsSlotTaken() throws InterruptedException {
		List<Duration> waits = new ArrayList<>();
		RateLimiter limiter = new RateLimiter(1, Clock.fixed(START, ZoneOffset.UTC), (duration) -> {
			waits.add(duration);
			if (waits.size() == 1) {
				throw new InterruptedException("Ctrl-C");
			}
		});
		limiter.acquire();
		assertThatExceptionOfType(InterruptedException.class).isThrownBy(limiter::acquire);

		Instant next = limiter.acquire();

		assertThat(next).as("the slot the interrupted caller reserved is not handed out again")
			.isEqualTo(START.plus(Duration.ofMinutes(2)));
		assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2));
	}

	/** Ticks 3 ms at every read, and remembers each thread's last reading. */
	static final class TickingClock extends Clock {

		private final AtomicLong millis = new AtomicLong(START.toEpochMilli());

		private final ThreadLocal<Instant> lastRead = new ThreadLocal<>();

		Instant lastRead() {
			return this.lastRead.get();
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			Instant now = Instant.ofEpochMilli(this.millis.addAndGet(3));
			this.lastRead.set(now);
			return now;
		}

	}

}
