package com.vcshell.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A sliding-window limit on calls per minute, so bulk work (paging every user, an
 * expiration report read by a pool of threads) stays under Veracode's 500 calls per
 * minute per IP. One limiter serves every client of an API host.
 * <p>
 * Thread-safe and fair: {@link #acquire()} reserves the earliest free slot under a fair
 * lock (first come, first served), then sleeps until that slot outside the lock, so a
 * waiting caller never blocks the others from reserving theirs. Reserved slots are never
 * closer than the limit allows: in any minute at most {@code limit} of them. A caller
 * interrupted while it waits gives its slot up to no one (the limit errs on the safe
 * side).
 */
final class RateLimiter {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final int limit;

	private final Clock clock;

	private final Sleeper sleeper;

	private final ReentrantLock lock = new ReentrantLock(true);

	/** The newest reserved slots (at most {@code limit}), oldest first. */
	private final Deque<Instant> slots = new ArrayDeque<>();

	RateLimiter(int callsPerMinute, Clock clock, Sleeper sleeper) {
		if (callsPerMinute < 1) {
			throw new IllegalArgumentException("the rate limit must be at least 1 call per minute");
		}
		this.limit = callsPerMinute;
		this.clock = clock;
		this.sleeper = sleeper;
	}

	/**
	 * Reserves the next slot and waits until it comes. The wait is measured on the clock:
	 * with a clock that stands still, waits add up.
	 * @return the slot taken
	 * @throws InterruptedException when interrupted while waiting (the slot stays taken)
	 */
	Instant acquire() throws InterruptedException {
		Instant now = this.clock.instant();
		Instant slot = reserve(now);
		if (slot.isAfter(now)) {
			this.sleeper.sleep(Duration.between(now, slot));
		}
		return slot;
	}

	/** Whether the calling thread holds the lock (tests check it never sleeps so). */
	boolean isHeldByCurrentThread() {
		return this.lock.isHeldByCurrentThread();
	}

	/**
	 * The earliest slot at or after {@code now} and after every slot reserved before,
	 * such that no minute holds more than {@code limit} slots. Only the {@code limit}
	 * newest slots are kept: the oldest of them decides when the next one may come.
	 */
	private Instant reserve(Instant now) {
		this.lock.lock();
		try {
			Instant slot = now;
			Instant newest = this.slots.peekLast();
			if (newest != null && newest.isAfter(slot)) {
				slot = newest;
			}
			if (this.slots.size() == this.limit) {
				Instant freed = this.slots.removeFirst().plus(WINDOW);
				slot = freed.isAfter(slot) ? freed : slot;
			}
			this.slots.addLast(slot);
			return slot;
		}
		finally {
			this.lock.unlock();
		}
	}

}
