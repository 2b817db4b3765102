package com.vcshell.identity;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;

import javax.net.ssl.SSLParameters;

import com.vcshell.identity.VeracodeApiException.Kind;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * What every client of one API host shares for the whole session, whatever key each signs
 * with: one JDK HTTP client and one rate limiter (Veracode counts calls per IP, not per
 * key), plus the JSON reader. Thread-safe.
 * <p>
 * The HTTP client is built on the first request, not before: a command that sends nothing
 * pays nothing. It has the settings' timeouts and proxy, follows no redirects (a signed
 * request must not wander to another host), and for a plain-http base URL (the emulator
 * on loopback) it has no TLS at all, so the JVM's TLS stack is never loaded.
 */
final class HostTransport implements AutoCloseable {

	private final IdentityClientSettings settings;

	private final URI origin;

	private final EnvironmentProxySelector proxies;

	private final RateLimiter rateLimiter;

	private final IdentityJson json = new IdentityJson();

	private volatile @Nullable JdkHttpRequestFactory factory;

	private @Nullable HttpClient http;

	private boolean closed;

	/**
	 * @throws VeracodeApiException ({@code BAD_REQUEST}) when a proxy variable is not a
	 * proxy URL or the rate limit variable is not valid (checked now, although the HTTP
	 * client comes later)
	 */
	HostTransport(IdentityClientSettings settings, URI apiBaseUrl) {
		if (settings.rateLimitPerMinute() == IdentityClientSettings.INVALID_RATE_LIMIT) {
			throw new VeracodeApiException(Kind.BAD_REQUEST, 0, IdentityClientSettings.INVALID_RATE_LIMIT_MESSAGE);
		}
		this.settings = settings;
		this.origin = URI.create(apiBaseUrl.getScheme() + "://" + apiBaseUrl.getRawAuthority());
		this.proxies = proxies(settings);
		this.rateLimiter = new RateLimiter(settings.rateLimitPerMinute(), settings.clock(), settings.sleeper());
	}

	private static EnvironmentProxySelector proxies(IdentityClientSettings settings) {
		try {
			return new EnvironmentProxySelector(settings.proxyEnvironment());
		}
		catch (IllegalArgumentException ex) {
			throw new VeracodeApiException(Kind.BAD_REQUEST, 0, ex.getMessage(), ex);
		}
	}

	RateLimiter rateLimiter() {
		return this.rateLimiter;
	}

	IdentityJson json() {
		return this.json;
	}

	/** The request factory of the shared HTTP client, which it builds on first use. */
	ClientHttpRequestFactory requestFactory() {
		return this::createRequest;
	}

	/** Whether the HTTP client has been built (that is, a request was sent). */
	boolean isStarted() {
		return this.factory != null;
	}

	private ClientHttpRequest createRequest(URI uri, HttpMethod method) throws IOException {
		JdkHttpRequestFactory current = this.factory;
		return ((current != null) ? current : start()).createRequest(uri, method);
	}

	private synchronized JdkHttpRequestFactory start() {
		if (this.closed) {
			throw new VeracodeApiException(Kind.REMOTE, 0,
					"the connection to " + this.origin.getHost() + " is closed: vcshell is shutting down");
		}
		if (this.factory == null) {
			this.http = httpClient();
			this.factory = new JdkHttpRequestFactory(this.http, this.settings.readTimeout());
		}
		return this.factory;
	}

	private HttpClient httpClient() {
		HttpClient.Builder builder = HttpClient.newBuilder()
			.connectTimeout(this.settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.proxy(this.proxies.hasProxy() ? this.proxies : ProxySelector.of(null));
		if ("http".equalsIgnoreCase(this.origin.getScheme())) {
			builder.sslContext(NoTlsContext.INSTANCE)
				.sslParameters(new SSLParameters())
				.version(HttpClient.Version.HTTP_1_1);
		}
		return builder.build();
	}

	/**
	 * Stops the HTTP client, if one was built; later requests fail with one line. On Java
	 * 21 and later the client's {@code shutdownNow()} closes its connections at once; on
	 * Java 17 the client has no such method and stops once it is no longer referenced.
	 */
	@Override
	public synchronized void close() {
		this.closed = true;
		this.factory = null;
		HttpClient client = this.http;
		this.http = null;
		if (client != null) {
			shutdownNow(client);
		}
	}

	private static void shutdownNow(HttpClient client) {
		try {
			HttpClient.class.getMethod("shutdownNow").invoke(client);
		}
		catch (NoSuchMethodException ex) {
			// Java 17 to 20: dropping the last reference stops the client
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			// closing is best effort at shutdown
		}
	}

}
