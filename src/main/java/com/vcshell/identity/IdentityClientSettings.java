package com.vcshell.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import com.vcshell.auth.NonceGenerator;

/**
 * How the Identity API client talks to the server.
 *
 * @param connectTimeout TCP (and proxy) connect timeout
 * @param readTimeout time to wait for a response
 * @param clock the clock requests are signed with and 401 clock skew is measured against
 * @param nonces nonce source for signing
 * @param sleeper waits for backoff and rate limiting
 * @param maxRetries retries of a GET after a 429, 502, 503, 504 or network failure
 * @param rateLimitPerMinute calls allowed per sliding minute
 * @param proxyEnvironment the environment to read {@code HTTPS_PROXY}, {@code HTTP_PROXY}
 * and {@code NO_PROXY} from (either case); applied to this client only
 */
public record IdentityClientSettings(Duration connectTimeout, Duration readTimeout, Clock clock, NonceGenerator nonces,
		Sleeper sleeper, int maxRetries, int rateLimitPerMinute, Map<String, String> proxyEnvironment) {

	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

	public static final int DEFAULT_MAX_RETRIES = 3;

	/** Veracode's documented limit for REST APIs: 500 calls per minute per IP. */
	public static final int DEFAULT_RATE_LIMIT = 500;

	public IdentityClientSettings {
		Objects.requireNonNull(connectTimeout, "connectTimeout");
		Objects.requireNonNull(readTimeout, "readTimeout");
		Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(nonces, "nonces");
		Objects.requireNonNull(sleeper, "sleeper");
		proxyEnvironment = Map.copyOf(proxyEnvironment);
	}

	/**
	 * The defaults: 10 s / 30 s, system clock, secure nonces, 3 retries, 500 a minute.
	 */
	public static IdentityClientSettings defaults(Map<String, String> environment) {
		return new IdentityClientSettings(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, Clock.systemUTC(),
				NonceGenerator.secureRandom(), Sleeper.system(), DEFAULT_MAX_RETRIES, DEFAULT_RATE_LIMIT, environment);
	}

	public IdentityClientSettings withTimeouts(Duration connect, Duration read) {
		return new IdentityClientSettings(connect, read, this.clock, this.nonces, this.sleeper, this.maxRetries,
				this.rateLimitPerMinute, this.proxyEnvironment);
	}

	public IdentityClientSettings withClock(Clock clock, NonceGenerator nonces, Sleeper sleeper) {
		return new IdentityClientSettings(this.connectTimeout, this.readTimeout, clock, nonces, sleeper,
				this.maxRetries, this.rateLimitPerMinute, this.proxyEnvironment);
	}

	public IdentityClientSettings withLimits(int maxRetries, int rateLimitPerMinute) {
		return new IdentityClientSettings(this.connectTimeout, this.readTimeout, this.clock, this.nonces, this.sleeper,
				maxRetries, rateLimitPerMinute, this.proxyEnvironment);
	}

}
