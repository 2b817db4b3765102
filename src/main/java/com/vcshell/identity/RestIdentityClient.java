package com.vcshell.identity;

import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.function.Supplier;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.HmacSigningInterceptor;
import com.vcshell.identity.VeracodeApiException.Kind;
import tools.jackson.core.JacksonException;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
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
		EnvironmentProxySelector proxies = new EnvironmentProxySelector(settings.proxyEnvironment());
		HttpClient.Builder http = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER);
		http.proxy(proxies.hasProxy() ? proxies : ProxySelector.of(null));
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http.build());
		factory.setReadTimeout(settings.readTimeout());
		return factory;
	}

	@Override
	public ApiCredentialsInfo ownCredentials() {
		return read(ApiRequest.get("your own API credentials", CREDENTIALS), ApiCredentialsInfo.class);
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
		return read(ApiRequest.get("API credentials " + apiId, CREDENTIALS_BY_ID, apiId), ApiCredentialsInfo.class);
	}

	@Override
	public void revokeById(String apiId) {
		this.exchange.execute(ApiRequest.delete("API credentials " + apiId, CREDENTIALS_BY_ID, apiId));
	}

	@Override
	public ApiCredentialsInfo credentialsForUser(String userId) {
		return read(ApiRequest.get("API credentials of user " + userId, CREDENTIALS_FOR_USER, userId),
				ApiCredentialsInfo.class);
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
		HalUserPage hal = read(request, HalUserPage.class);
		return (hal != null) ? hal.toUserPage(page, size) : UserPage.empty(page, size);
	}

	@Override
	public UserPage searchUsers(String term, UserType typeOrNull, int page, int size) {
		ApiRequest request = ApiRequest.get("users matching '" + term + "'", SEARCH)
			.query("search_term", term)
			.query("user_type", (typeOrNull != null) ? typeOrNull.queryValue() : null)
			.query("page", page)
			.query("size", size);
		HalUserPage hal = read(request, HalUserPage.class);
		return (hal != null) ? hal.toUserPage(page, size) : UserPage.empty(page, size);
	}

	private <T> T read(ApiRequest request, Class<T> type) {
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
