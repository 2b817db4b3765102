package com.vcshell.identity;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.HmacSigningInterceptor;
import tools.jackson.core.JacksonException;

import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * The {@link IdentityClient} over Spring's {@link RestClient}: every request signed by
 * {@link HmacSigningInterceptor} (scoped to the base URL's host, so retries are signed
 * afresh), JSON accepted, {@code Content-Type: application/json} on POST and DELETE,
 * reads retried, generates never.
 * <p>
 * <strong>Thread-safe:</strong> one client may be called from several threads at once (a
 * report reading many accounts in a pool does). It keeps no state between calls, and what
 * it uses (the {@code RestClient}, the JDK HTTP client, the JSON reader and the host's
 * {@link RateLimiter}) is thread-safe. It relies on the same of what it is given: the
 * credentials supplier and the settings' clock, nonce generator and sleeper must be safe
 * to call from several threads (the defaults are). What it returns is immutable. Not
 * atomic: each call reads the credentials when it signs an attempt, so calls in flight
 * while the session switches to a new pair may sign with either.
 */
public final class RestIdentityClient extends AbstractIdentityClient {

	private final ApiExchange exchange;

	private final IdentityJson json;

	private final ErrorMapper errors;

	private final URI baseUrl;

	private RestIdentityClient(ApiExchange exchange, IdentityJson json, ErrorMapper errors, URI baseUrl) {
		this.exchange = exchange;
		this.json = json;
		this.errors = errors;
		this.baseUrl = baseUrl;
	}

	/**
	 * A client with a transport of its own: its own rate limiter, and its own JDK HTTP
	 * client built on the first request and never shared. For tests and one-off tools; a
	 * session gets its clients from {@link ApiHosts}, which shares one transport per
	 * host.
	 * @param credentials the pair to sign with, read on every request
	 */
	public static RestIdentityClient create(URI apiBaseUrl, Supplier<ApiCredentials> credentials,
			IdentityClientSettings settings) {
		return create(new HostTransport(settings, requireHost(apiBaseUrl)), apiBaseUrl, credentials, settings);
	}

	/**
	 * A client on the given builder, whose request factory is used as it is (bind a
	 * {@code MockRestServiceServer} to it in tests), with a rate limiter of its own.
	 * @param credentials the pair to sign with, read on every request
	 */
	public static RestIdentityClient create(RestClient.Builder builder, URI apiBaseUrl,
			Supplier<ApiCredentials> credentials, IdentityClientSettings settings) {
		RateLimiter limiter = new RateLimiter(settings.rateLimitPerMinute(), settings.clock(), settings.sleeper());
		return create(builder, apiBaseUrl, credentials, settings, limiter, new IdentityJson());
	}

	/** A client on a host's shared transport. */
	static RestIdentityClient create(HostTransport transport, URI apiBaseUrl, Supplier<ApiCredentials> credentials,
			IdentityClientSettings settings) {
		RestClient.Builder builder = RestClient.builder().requestFactory(transport.requestFactory());
		return create(builder, apiBaseUrl, credentials, settings, transport.rateLimiter(), transport.json());
	}

	private static RestIdentityClient create(RestClient.Builder builder, URI apiBaseUrl,
			Supplier<ApiCredentials> credentials, IdentityClientSettings settings, RateLimiter limiter,
			IdentityJson json) {
		String host = requireHost(apiBaseUrl).getHost();
		RestClient restClient = builder.messageConverters(List.of(new ByteArrayHttpMessageConverter()))
			.requestInterceptor(new HmacSigningInterceptor(credentials, host, settings.clock(), settings.nonces()))
			.build();
		ErrorMapper errors = new ErrorMapper(json, new UnauthorizedDiagnosis(credentials, settings.clock()));
		ApiExchange exchange = new ApiExchange(restClient, apiBaseUrl, new RetryPolicy(settings.maxRetries()), limiter,
				settings.sleeper(), errors);
		return new RestIdentityClient(exchange, json, errors, apiBaseUrl);
	}

	private static URI requireHost(URI apiBaseUrl) {
		if (apiBaseUrl.getHost() == null) {
			throw new IllegalArgumentException("the API base URL has no host: " + apiBaseUrl);
		}
		return apiBaseUrl;
	}

	/** An empty body reads as "no credentials" (every field null). */
	@Override
	ApiCredentialsInfo readCredentials(ApiRequest request) {
		ApiCredentialsInfo info = readOrNull(request, ApiCredentialsInfo.class);
		return (info != null) ? info : ApiCredentialsInfo.NONE;
	}

	/**
	 * The raw answer goes to the sink before anything else, parsing included. A 2xx
	 * answer to a generate that holds no readable pair is as bad as a timeout: new
	 * credentials may exist that nobody saw.
	 */
	@Override
	GeneratedCredentials readGenerated(ApiRequest request, RawAnswerSink sink) {
		ApiResponse response = this.exchange.execute(request);
		keep(sink, response.body());
		GeneratedCredentials result = GeneratedCredentials.read(this.json, response.body());
		if (result == null || !result.isComplete()) {
			throw this.errors.unshownCredentials(request, request.uri(this.baseUrl), response.status());
		}
		return result;
	}

	/** A sink that fails must not cost the answer it was given. */
	private static void keep(RawAnswerSink sink, byte[] body) {
		try {
			sink.answer(body.clone());
		}
		catch (RuntimeException ex) {
			// the caller still gets the pair, and saves it
		}
	}

	@Override
	void send(ApiRequest request) {
		this.exchange.execute(request);
	}

	/** An empty body is an error, as for a body that is not JSON. */
	@Override
	User readUser(ApiRequest request) {
		User user = readOrNull(request, User.class);
		if (user == null) {
			throw this.errors.unreadable(request, request.uri(this.baseUrl), 200);
		}
		return user;
	}

	@Override
	UserPage readPage(ApiRequest request, int page, int size) {
		HalUserPage hal = readOrNull(request, HalUserPage.class);
		return (hal != null) ? hal.toUserPage(page, size) : UserPage.empty(page, size);
	}

	private <T> T readOrNull(ApiRequest request, Class<T> type) {
		ApiResponse response = this.exchange.execute(request);
		try {
			return this.json.read(response.body(), type);
		}
		catch (JacksonException ex) {
			throw this.errors.unreadable(request, request.uri(this.baseUrl), response.status());
		}
	}

}
