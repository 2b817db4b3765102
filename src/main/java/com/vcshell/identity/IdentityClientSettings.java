package com.vcshell.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
 * @param rateLimitPerMinute calls allowed per sliding minute, per API host; 0 when
 * {@value #RATE_LIMIT_VARIABLE} holds no valid limit, and then every client refuses to
 * send (one line, exit 2) while commands that call no API still work
 * @param proxyEnvironment {@code HTTPS_PROXY}, {@code HTTP_PROXY} and {@code NO_PROXY}
 * (either case) from the environment; every other variable is dropped, so the settings
 * never hold the environment's secrets
 */
public record IdentityClientSettings(Duration connectTimeout, Duration readTimeout, Clock clock, NonceGenerator nonces,
		Sleeper sleeper, int maxRetries, int rateLimitPerMinute, Map<String, String> proxyEnvironment) {

	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

	public static final int DEFAULT_MAX_RETRIES = 3;

	/** Veracode's documented limit for REST APIs: 500 calls per minute per IP. */
	public static final int DEFAULT_RATE_LIMIT = 500;

	/** The highest limit {@value #RATE_LIMIT_VARIABLE} may set. */
	public static final int MAX_RATE_LIMIT = 100_000;

	/** The environment variable that sets the calls allowed per minute. */
	public static final String RATE_LIMIT_VARIABLE = "VCSHELL_RATE_LIMIT";

	/** The rate limit of settings whose {@value #RATE_LIMIT_VARIABLE} was not valid. */
	public static final int INVALID_RATE_LIMIT = 0;

	/** Why no client sends when {@value #RATE_LIMIT_VARIABLE} is not valid. */
	static final String INVALID_RATE_LIMIT_MESSAGE = RATE_LIMIT_VARIABLE
			+ " must be a whole number of calls per minute from 1 to " + MAX_RATE_LIMIT + " (the default is "
			+ DEFAULT_RATE_LIMIT + ")";

	private static final Set<String> PROXY_VARIABLES = Set.of("https_proxy", "http_proxy", "no_proxy");

	public IdentityClientSettings {
		Objects.requireNonNull(connectTimeout, "connectTimeout");
		Objects.requireNonNull(readTimeout, "readTimeout");
		Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(nonces, "nonces");
		Objects.requireNonNull(sleeper, "sleeper");
		proxyEnvironment = proxyEnvironment.entrySet()
			.stream()
			.filter((variable) -> PROXY_VARIABLES.contains(variable.getKey().toLowerCase(Locale.ROOT)))
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * The defaults: 10 s / 30 s, system clock, secure nonces, 3 retries, 500 calls a
	 * minute unless {@value #RATE_LIMIT_VARIABLE} says otherwise (a value that is not a
	 * whole number from 1 to {@value #MAX_RATE_LIMIT} gives {@link #INVALID_RATE_LIMIT}),
	 * and the proxy variables of the environment. Never throws: a bad variable is
	 * reported by the first client that needs it.
	 */
	public static IdentityClientSettings defaults(Map<String, String> environment) {
		return new IdentityClientSettings(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, Clock.systemUTC(),
				NonceGenerator.secureRandom(), Sleeper.system(), DEFAULT_MAX_RETRIES, rateLimit(environment),
				environment);
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

	/**
	 * The settings without the proxy variables' values (a proxy URL may hold a password).
	 */
	@Override
	public String toString() {
		return "IdentityClientSettings[connectTimeout=" + this.connectTimeout + ", readTimeout=" + this.readTimeout
				+ ", maxRetries=" + this.maxRetries + ", rateLimitPerMinute=" + this.rateLimitPerMinute
				+ ", proxyVariables=" + new TreeSet<>(this.proxyEnvironment.keySet()) + "]";
	}

	private static int rateLimit(Map<String, String> environment) {
		String value = environment.get(RATE_LIMIT_VARIABLE);
		if (value == null || value.isBlank()) {
			return DEFAULT_RATE_LIMIT;
		}
		String digits = value.strip();
		if (digits.length() <= 6 && digits.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			int limit = Integer.parseInt(digits);
			if (limit >= 1 && limit <= MAX_RATE_LIMIT) {
				return limit;
			}
		}
		return INVALID_RATE_LIMIT;
	}

}
