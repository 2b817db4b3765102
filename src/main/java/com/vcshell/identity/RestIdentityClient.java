package com.vcshell.identity;

import java.net.URI;
import java.util.function.Supplier;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.HmacSigningInterceptor;
import com.vcshell.identity.VeracodeApiException.Kind;
import tools.jackson.core.JacksonException;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The {@link IdentityClient} over Spring's {@link RestClient}: every request signed by
 * {@link HmacSigningInterceptor} (scoped to the base URL's host, so retries are signed
 * afresh), JSON accepted, {@code Content-Type: application/json} on POST and DELETE,
 * reads retried, generates never.
 */
public final class RestIdentityClient implements IdentityClient {

	static final String CREDENTIALS = "/api/authn/v2/api_credentials";

	static final String CREDENTIALS_BY_ID = CREDENTIALS + "/{apiId}";

	static final String CREDENTIALS_FOR_USER = CREDENTIALS + "/user_id/{userId}";

	static final String USERS = "/api/authn/v2/users";

	static final String SELF = USERS + "/self";

	static final String USER = USERS + "/{userId}";

	static final String SEARCH = USERS + "/search";

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
	 * A client on the given builder, whose request factory is used as it is (bind a
	 * {@code MockRestServiceServer} to it in tests; production code uses
	 * {@link #create(URI, Supplier, IdentityClientSettings)}).
	 * @param credentials the pair to sign with, read on every request
	 */
	public static RestIdentityClient create(RestClient.Builder builder, URI apiBaseUrl,
			Supplier<ApiCredentials> credentials, IdentityClientSettings settings) {
		String host = apiBaseUrl.getHost();
		if (host == null) {
			throw new IllegalArgumentException("the API base URL has no host: " + apiBaseUrl);
		}
		RestClient restClient = builder
			.requestInterceptor(new HmacSigningInterceptor(credentials, host, settings.clock(), settings.nonces()))
			.build();
		IdentityJson json = new IdentityJson();
		ErrorMapper errors = new ErrorMapper(json, new UnauthorizedDiagnosis(credentials, settings.clock()));
		RateLimiter limiter = new RateLimiter(settings.rateLimitPerMinute(), settings.clock(), settings.sleeper());
		ApiExchange exchange = new ApiExchange(restClient, apiBaseUrl, new RetryPolicy(settings.maxRetries()), limiter,
				settings.sleeper(), errors);
		return new RestIdentityClient(exchange, json, errors, apiBaseUrl);
	}

	/** A client with its own JDK HTTP client: the settings' timeouts and proxy. */
	public static RestIdentityClient create(URI apiBaseUrl, Supplier<ApiCredentials> credentials,
			IdentityClientSettings settings) {
		return create(RestClient.builder().requestFactory(requestFactory(settings)), apiBaseUrl, credentials, settings);
	}

	/**
	 * The request factory for real use: connect and read timeouts, and the proxy from
	 * {@code HTTPS_PROXY}/{@code NO_PROXY}, for this client only. Redirects are not
	 * followed (a signed request must not wander to another host).
	 */
	public static ClientHttpRequestFactory requestFactory(IdentityClientSettings settings) {
		return JdkRequestFactories.create(settings);
	}

	@Override
	public ApiCredentialsInfo ownCredentials() {
		return credentials(ApiRequest.get("your own API credentials", CREDENTIALS));
	}

	@Override
	public GeneratedCredentials generateOwn() {
		return generated(ApiRequest.generate("your own API credentials", CREDENTIALS));
	}

	@Override
	public void revokeOwn() {
		this.exchange.execute(ApiRequest.delete("your own API credentials", CREDENTIALS));
	}

	@Override
	public ApiCredentialsInfo credentialsById(String apiId) {
		return credentials(ApiRequest.get("API credentials " + apiId, CREDENTIALS_BY_ID, apiId));
	}

	@Override
	public void revokeById(String apiId) {
		this.exchange.execute(ApiRequest.delete("API credentials " + apiId, CREDENTIALS_BY_ID, apiId));
	}

	@Override
	public ApiCredentialsInfo credentialsForUser(String userId) {
		return credentials(ApiRequest.get("API credentials of user " + userId, CREDENTIALS_FOR_USER, userId));
	}

	@Override
	public GeneratedCredentials generateForUser(String userId) {
		return generated(ApiRequest.generate("user " + userId, CREDENTIALS_FOR_USER, userId));
	}

	@Override
	public void revokeForUser(String userId) {
		this.exchange.execute(ApiRequest.delete("API credentials of user " + userId, CREDENTIALS_FOR_USER, userId));
	}

	@Override
	public User self() {
		return read(ApiRequest.get("your own user", SELF), User.class);
	}

	@Override
	public User user(String userId) {
		return read(ApiRequest.get("user " + userId, USER, userId), User.class);
	}

	@Override
	public UserPage users(int page, int size) {
		ApiRequest request = ApiRequest.get("users", USERS).query("page", page).query("size", size);
		HalUserPage hal = readOrNull(request, HalUserPage.class);
		return (hal != null) ? hal.toUserPage(page, size) : UserPage.empty(page, size);
	}

	@Override
	public UserPage searchUsers(String term, UserType typeOrNull, int page, int size) {
		ApiRequest request = ApiRequest.get((term != null) ? "users matching '" + term + "'" : "users", SEARCH)
			.query("search_term", term)
			.query("user_type", (typeOrNull != null) ? typeOrNull.queryValue() : null)
			.query("page", page)
			.query("size", size);
		HalUserPage hal = readOrNull(request, HalUserPage.class);
		return (hal != null) ? hal.toUserPage(page, size) : UserPage.empty(page, size);
	}

	/**
	 * The body as {@code type}; an empty body is an error, as for a body that is not
	 * JSON.
	 */
	private <T> T read(ApiRequest request, Class<T> type) {
		T result = readOrNull(request, type);
		if (result == null) {
			throw this.errors.unreadable(request, request.uri(this.baseUrl), 200);
		}
		return result;
	}

	/** Credentials; an empty body reads as "no credentials" (every field null). */
	private ApiCredentialsInfo credentials(ApiRequest request) {
		ApiCredentialsInfo info = readOrNull(request, ApiCredentialsInfo.class);
		return (info != null) ? info : new ApiCredentialsInfo(null, null, null, null, null, null, null);
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

	/**
	 * A 2xx answer to a generate that holds no readable pair is as bad as a timeout: new
	 * credentials may exist that nobody saw.
	 */
	private GeneratedCredentials generated(ApiRequest request) {
		ApiResponse response = this.exchange.execute(request);
		GeneratedCredentials result;
		try {
			result = this.json.read(response.body(), GeneratedCredentials.class);
		}
		catch (JacksonException ex) {
			result = null;
		}
		if (result == null || !result.isComplete()) {
			throw this.errors.unshownCredentials(request, request.uri(this.baseUrl), response.status());
		}
		return result;
	}

}
