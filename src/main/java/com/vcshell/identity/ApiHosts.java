package com.vcshell.identity;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.identity.VeracodeApiException.Kind;

import org.springframework.stereotype.Component;

/**
 * The session's API hosts: one {@link HostTransport} (HTTP client and rate limiter) per
 * scheme, host and port, shared by every client of that host for the whole session,
 * however many profiles and keys sign through it. Switching profiles or checking many
 * profiles at once therefore neither builds another HTTP client nor resets the
 * calls-per-minute budget. Thread-safe; closed with the application context.
 */
@Component
public final class ApiHosts implements AutoCloseable {

	private final IdentityClientSettings settings;

	private final Map<String, HostTransport> transports = new ConcurrentHashMap<>();

	private volatile boolean closed;

	public ApiHosts(IdentityClientSettings settings) {
		this.settings = settings;
	}

	/**
	 * A client of the base URL's host that signs with the given credentials, on that
	 * host's shared transport. Sends nothing, and builds no HTTP client yet.
	 * @param credentials the pair to sign with, read on every request
	 * @throws IllegalArgumentException when the base URL has no host
	 * @throws VeracodeApiException ({@code BAD_REQUEST}) when a proxy variable or
	 * {@code VCSHELL_RATE_LIMIT} is not valid
	 */
	public RestIdentityClient client(URI apiBaseUrl, Supplier<ApiCredentials> credentials) {
		return RestIdentityClient.create(transport(apiBaseUrl), apiBaseUrl, credentials, this.settings);
	}

	HostTransport transport(URI apiBaseUrl) {
		if (apiBaseUrl.getHost() == null) {
			throw new IllegalArgumentException("the API base URL has no host: " + apiBaseUrl);
		}
		if (this.closed) {
			throw new VeracodeApiException(Kind.REMOTE, 0,
					"the connection to " + apiBaseUrl.getHost() + " is closed: vcshell is shutting down");
		}
		HostTransport transport = this.transports.computeIfAbsent(origin(apiBaseUrl),
				(origin) -> new HostTransport(this.settings, apiBaseUrl));
		if (this.closed) {
			transport.close();
		}
		return transport;
	}

	/**
	 * Scheme, host and port, the port spelt out ({@code https://h} is
	 * {@code https://h:443}).
	 */
	private static String origin(URI url) {
		String scheme = url.getScheme().toLowerCase(Locale.ROOT);
		int port = (url.getPort() != -1) ? url.getPort() : ("https".equals(scheme) ? 443 : 80);
		return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
	}

	/** Stops every HTTP client built; the clients handed out fail from now on. */
	@Override
	public void close() {
		this.closed = true;
		this.transports.values().forEach(HostTransport::close);
	}

}
