package com.vcshell.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a test can make the emulator do: fail, delay or drop the next requests, rate-limit
 * every request, and pin or advance the emulator's clock. Faults queue up in the order
 * given; each API request takes the next one. Requests to the control endpoint are never
 * affected.
 */
public final class EmulatorControls {

	private final EmulatorClock clock;

	private final Deque<Fault> faults = new ArrayDeque<>();

	private final AtomicLong requests = new AtomicLong();

	private int retryAfterSeconds = -1;

	EmulatorControls(EmulatorClock clock) {
		this.clock = clock;
	}

	/** The next {@code n} requests are answered with this status and an error body. */
	public synchronized EmulatorControls failNext(int n, int status) {
		if (status < 100 || status > 599) {
			throw new IllegalArgumentException("not an HTTP status: " + status);
		}
		return enqueue(n, new Fault(status, Duration.ZERO, false));
	}

	/** The next {@code n} requests are handled normally, after waiting this long. */
	public synchronized EmulatorControls delayNext(int n, Duration delay) {
		return enqueue(n, new Fault(0, delay, false));
	}

	/** The next {@code n} requests get no response: the connection is closed. */
	public synchronized EmulatorControls dropNext(int n) {
		return enqueue(n, new Fault(0, Duration.ZERO, true));
	}

	/**
	 * Every request is answered 429 with {@code Retry-After: seconds}, until switched
	 * off.
	 */
	public synchronized EmulatorControls rateLimit(int retryAfterSeconds) {
		if (retryAfterSeconds < 0) {
			throw new IllegalArgumentException("Retry-After must not be negative");
		}
		this.retryAfterSeconds = retryAfterSeconds;
		return this;
	}

	public synchronized EmulatorControls rateLimitOff() {
		this.retryAfterSeconds = -1;
		return this;
	}

	/**
	 * Clears queued faults and rate limiting (the tenant and the clock stay as they are).
	 */
	public synchronized EmulatorControls reset() {
		this.faults.clear();
		this.retryAfterSeconds = -1;
		return this;
	}

	/** Stops the emulator's clock at this instant. */
	public EmulatorControls pinClock(Instant instant) {
		this.clock.pin(instant);
		return this;
	}

	/** Moves the emulator's clock (pinned or running) forward by this much. */
	public EmulatorControls advanceClock(Duration duration) {
		this.clock.advance(duration);
		return this;
	}

	/** The emulator's current time. */
	public Instant now() {
		return this.clock.instant();
	}

	/** API requests received since start (control requests not counted). */
	public long requestCount() {
		return this.requests.get();
	}

	public synchronized int pendingFaults() {
		return this.faults.size();
	}

	public synchronized boolean rateLimited() {
		return this.retryAfterSeconds >= 0;
	}

	/** Counts an API request and returns what to do to it: a fault, 429, or nothing. */
	synchronized Fault nextFault() {
		this.requests.incrementAndGet();
		if (this.retryAfterSeconds >= 0) {
			return new Fault(429, Duration.ZERO, false, this.retryAfterSeconds);
		}
		return this.faults.pollFirst();
	}

	private EmulatorControls enqueue(int n, Fault fault) {
		if (n < 0) {
			throw new IllegalArgumentException("count must not be negative");
		}
		for (int i = 0; i < n; i++) {
			this.faults.addLast(fault);
		}
		return this;
	}

	/**
	 * One injected fault.
	 *
	 * @param status a status to answer with, 0 for none
	 * @param delay how long to wait first
	 * @param drop close the connection without a response
	 * @param retryAfter the Retry-After seconds of a 429, or -1
	 */
	record Fault(int status, Duration delay, boolean drop, int retryAfter) {

		Fault(int status, Duration delay, boolean drop) {
			this(status, delay, drop, -1);
		}

	}

}
