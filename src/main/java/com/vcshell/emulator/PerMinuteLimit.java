package com.vcshell.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A sliding one-minute window over the calls let through, on the emulator's clock: a call
 * is let through while fewer than the limit were let through in the minute before it.
 * Refused calls do not count, so a client that waits the {@code Retry-After} it was given
 * gets through. Not thread-safe: {@link EmulatorControls} holds its lock.
 */
final class PerMinuteLimit {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final int limit;

	private final Deque<Instant> admitted = new ArrayDeque<>();

	/**
	 * @param limit calls allowed in any minute, at least 1
	 */
	PerMinuteLimit(int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("a per-minute limit must be at least 1 (0 switches it off)");
		}
		this.limit = limit;
	}

	int limit() {
		return this.limit;
	}

	/**
	 * Lets a call through at {@code now}, or refuses it.
	 * @return -1 when let through, else the whole seconds (at least 1) until the oldest
	 * call in the window leaves it
	 */
	int admit(Instant now) {
		Instant windowStart = now.minus(WINDOW);
		while (!this.admitted.isEmpty() && !this.admitted.peekFirst().isAfter(windowStart)) {
			this.admitted.pollFirst();
		}
		if (this.admitted.size() < this.limit) {
			this.admitted.addLast(now);
			return -1;
		}
		Duration wait = Duration.between(windowStart, this.admitted.peekFirst());
		long seconds = wait.getSeconds() + ((wait.getNano() > 0) ? 1 : 0);
		return (int) Math.max(1, seconds);
	}

}
