package com.vcshell.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A sliding-window limit on calls per minute, so bulk work (paging every user, an
 * expiration report) stays under Veracode's 500 calls per minute per IP. Before each
 * call, {@link #acquire()} waits until fewer than the limit were made in the last minute.
 */
final class RateLimiter {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final int limit;

	private final Clock clock;

	private final Sleeper sleeper;

	private final Deque<Instant> calls = new ArrayDeque<>();

	RateLimiter(int callsPerMinute, Clock clock, Sleeper sleeper) {
		if (callsPerMinute < 1) {
			throw new IllegalArgumentException("the rate limit must be at least 1 call per minute");
		}
		this.limit = callsPerMinute;
		this.clock = clock;
		this.sleeper = sleeper;
	}

	/**
	 * Waits, if needed, for a free slot in the window and takes it. The sleeper is
	 * trusted to have waited: a clock that did not move (a fixed test clock) is read as
	 * having moved by the wait, and time never runs backwards.
	 */
	synchronized void acquire() throws InterruptedException {
		Instant now = this.clock.instant();
		if (!this.calls.isEmpty() && now.isBefore(this.calls.peekLast())) {
			now = this.calls.peekLast();
		}
		forgetBefore(now.minus(WINDOW));
		while (this.calls.size() >= this.limit) {
			Instant free = this.calls.peekFirst().plus(WINDOW);
			this.sleeper.sleep(Duration.between(now, free));
			Instant after = this.clock.instant();
			now = after.isAfter(free) ? after : free;
			forgetBefore(now.minus(WINDOW));
		}
		this.calls.addLast(now);
	}

	private void forgetBefore(Instant start) {
		while (!this.calls.isEmpty() && !this.calls.peekFirst().isAfter(start)) {
			this.calls.removeFirst();
		}
	}

}
