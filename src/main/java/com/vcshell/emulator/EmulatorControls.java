package com.vcshell.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a test can make the emulator do: fail, delay or drop the next requests, delay
 * every answer, rate-limit every request or only those over a per-minute limit, and pin
 * or advance the emulator's clock. Faults queue up in the order given; each API request
 * takes the next one. Requests to the control endpoint are never affected. Counters show
 * what happened: requests, the most requests ever handled at once (from arrival until the
 * answer is decided), refusals by the per-minute limit.
 */
public final class EmulatorControls {

	private final EmulatorClock clock;

	private final Deque<Fault> faults = new ArrayDeque<>();

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong perMinuteRefusals = new AtomicLong();

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger maxInFlight = new AtomicInteger();

	private int retryAfterSeconds = -1;

	private PerMinuteLimit perMinute;

	private volatile Duration latency = Duration.ZERO;

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
	 * Lets at most {@code limit} requests through in any minute of the emulator's clock;
	 * the others are answered 429 with {@code Retry-After} (seconds until the oldest call
	 * of the minute leaves it). 0 switches the limit off.
	 */
	public synchronized EmulatorControls rateLimitPerMinute(int limit) {
		this.perMinute = (limit == 0) ? null : new PerMinuteLimit(limit);
		return this;
	}

	/** The per-minute limit, or 0 when off. */
	public synchronized int rateLimitPerMinute() {
		return (this.perMinute != null) ? this.perMinute.limit() : 0;
	}

	/**
	 * Every API answer waits this long before it is sent, unlike the one-shot
	 * {@link #delayNext}; zero switches it off.
	 */
	public EmulatorControls latency(Duration latency) {
		if (latency.isNegative()) {
			throw new IllegalArgumentException("latency must not be negative");
		}
		this.latency = latency;
		return this;
	}

	public Duration latency() {
		return this.latency;
	}

	/**
	 * Clears queued faults, rate limiting, the per-minute limit and the latency (the
	 * tenant, the clock and the counters stay as they are).
	 */
	public synchronized EmulatorControls reset() {
		this.faults.clear();
		this.retryAfterSeconds = -1;
		this.perMinute = null;
		this.latency = Duration.ZERO;
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

	/** API requests being handled now. */
	public int inFlight() {
		return this.inFlight.get();
	}

	/** The most API requests ever handled at the same time since start. */
	public int maxInFlight() {
		return this.maxInFlight.get();
	}

	/** API requests answered 429 by the per-minute limit since start. */
	public long rateLimitRefusals() {
		return this.perMinuteRefusals.get();
	}

	public synchronized int pendingFaults() {
		return this.faults.size();
	}

	public synchronized boolean rateLimited() {
		return this.retryAfterSeconds >= 0;
	}

	/**
	 * An API request arrived.
	 * @return what to run once its answer is decided (or it is dropped); runs once, later
	 * calls do nothing
	 */
	Runnable started() {
		this.maxInFlight.accumulateAndGet(this.inFlight.incrementAndGet(), Math::max);
		AtomicBoolean finished = new AtomicBoolean();
		return () -> {
			if (finished.compareAndSet(false, true)) {
				this.inFlight.decrementAndGet();
			}
		};
	}

	/**
	 * Counts an API request and returns what to do to it: 429 (rate limit, then the
	 * per-minute limit), the next queued fault, or nothing.
	 */
	synchronized Fault nextFault() {
		this.requests.incrementAndGet();
		if (this.retryAfterSeconds >= 0) {
			return new Fault(429, Duration.ZERO, false, this.retryAfterSeconds);
		}
		int retryAfter = (this.perMinute != null) ? this.perMinute.admit(this.clock.instant()) : -1;
		if (retryAfter >= 0) {
			this.perMinuteRefusals.incrementAndGet();
			return new Fault(429, Duration.ZERO, false, retryAfter);
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

}
