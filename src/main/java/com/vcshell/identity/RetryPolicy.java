package com.vcshell.identity;

import java.time.Duration;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * When and how long to wait before retrying a GET: on 429 (honouring {@code Retry-After}
 * seconds, capped), 502, 503, 504 and on connection failures or timeouts, with
 * exponential backoff. Requests that change something are never retried here.
 */
final class RetryPolicy {

	static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

	static final Duration MAX_WAIT = Duration.ofSeconds(60);

	private static final Set<Integer> RETRIABLE_STATUSES = Set.of(429, 502, 503, 504);

	private final int maxRetries;

	RetryPolicy(int maxRetries) {
		if (maxRetries < 0) {
			throw new IllegalArgumentException("max retries must not be negative");
		}
		this.maxRetries = maxRetries;
	}

	/** How many attempts a retriable request gets in all. */
	int maxAttempts() {
		return this.maxRetries + 1;
	}

	/** Whether a response status is worth another attempt. */
	boolean isRetriable(int status) {
		return RETRIABLE_STATUSES.contains(status);
	}

	/**
	 * The wait before attempt {@code attempt + 1}, after attempt {@code attempt}
	 * (1-based) failed: the server's {@code Retry-After} seconds if given (capped), else
	 * 1 s, 2 s, 4 s … capped.
	 */
	Duration backoff(int attempt, @Nullable String retryAfter) {
		Duration fromServer = parseRetryAfter(retryAfter);
		if (fromServer != null) {
			return min(fromServer, MAX_WAIT);
		}
		long factor = 1L << Math.min(attempt - 1, 16);
		return min(FIRST_BACKOFF.multipliedBy(factor), MAX_WAIT);
	}

	private static @Nullable Duration parseRetryAfter(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			long seconds = Long.parseLong(value.strip());
			return (seconds >= 0) ? Duration.ofSeconds(seconds) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

}
