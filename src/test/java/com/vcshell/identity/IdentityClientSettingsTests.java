package com.vcshell.identity;

import java.net.URI;
import java.util.Map;

import com.vcshell.identity.VeracodeApiException.Kind;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The settings read from the environment, and what the settings, an answer and a request
 * show in toString.
 */
class IdentityClientSettingsTests {

	private static final String SECRET = "0123456789abcdef".repeat(8);

	@Test
	void onlyTheProxyVariablesAreKeptAndNoValueIsShown() {
		IdentityClientSettings settings = IdentityClientSettings.defaults(Map.of("VERACODE_API_KEY_SECRET", SECRET,
				"VERACODE_API_KEY_ID", "3ddaeeb10ca690df3fee5e3bd1c329fa", "https_proxy",
				"http://user:pr0xy-pass@proxy.corp:3128", "NO_PROXY", "internal.corp", "HOME", "/home/me"));

		assertThat(settings.proxyEnvironment()).containsOnlyKeys("https_proxy", "NO_PROXY");
		assertThat(settings.toString()).doesNotContain(SECRET)
			.doesNotContain("3ddaeeb1")
			.doesNotContain("pr0xy-pass")
			.doesNotContain("internal.corp")
			.isEqualTo("IdentityClientSettings[connectTimeout=PT10S, readTimeout=PT30S, maxRetries=3,"
					+ " rateLimitPerMinute=500, proxyVariables=[NO_PROXY, https_proxy]]");
	}

	@Test
	void theRateLimitComesFromTheEnvironment() {
		assertThat(IdentityClientSettings.defaults(Map.of()).rateLimitPerMinute()).isEqualTo(500);
		assertThat(IdentityClientSettings.defaults(Map.of("VCSHELL_RATE_LIMIT", " 120 ")).rateLimitPerMinute())
			.isEqualTo(120);
		assertThat(IdentityClientSettings.defaults(Map.of("VCSHELL_RATE_LIMIT", "100000")).rateLimitPerMinute())
			.isEqualTo(100_000);
		assertThat(IdentityClientSettings.defaults(Map.of("VCSHELL_RATE_LIMIT", "")).rateLimitPerMinute())
			.isEqualTo(500);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-5", "100001", "abc", "1e3", "12.5", "１２０", "٣٠٠", "99999999999999999999" })
	void aRateLimitThatIsNotAWholeNumberInRangeStopsEveryClientWithOneLine(String value) {
		IdentityClientSettings settings = IdentityClientSettings.defaults(Map.of("VCSHELL_RATE_LIMIT", value));
		assertThat(settings.rateLimitPerMinute()).isEqualTo(IdentityClientSettings.INVALID_RATE_LIMIT);

		try (ApiHosts hosts = new ApiHosts(settings)) {
			VeracodeApiException ex = catchThrowableOfType(VeracodeApiException.class,
					() -> hosts.client(URI.create(ApiFixture.BASE), () -> null));

			assertThat(ex.kind()).isEqualTo(Kind.BAD_REQUEST);
			assertThat(ex.getMessage()).isEqualTo("VCSHELL_RATE_LIMIT must be a whole number of calls per minute"
					+ " from 1 to 100000 (the default is 500)");
		}
	}

	@Test
	void aProxyVariableThatIsNotAProxyUrlStopsEveryClientWithOneLine() {
		IdentityClientSettings settings = IdentityClientSettings
			.defaults(Map.of("HTTPS_PROXY", "http://user:pr0xy-pass@[bad"));

		VeracodeApiException ex = catchThrowableOfType(VeracodeApiException.class,
				() -> RestIdentityClient.create(URI.create(ApiFixture.BASE), () -> null, settings));

		assertThat(ex.kind()).isEqualTo(Kind.BAD_REQUEST);
		assertThat(ex.getMessage()).isEqualTo("HTTPS_PROXY is not a proxy URL of the form http://host:port");
	}

	@Test
	void aResponseShowsItsStatusAndSizeButNotItsBody() {
		ApiResponse response = new ApiResponse(200, new HttpHeaders(),
				("{\"api_secret\":\"" + SECRET + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));

		assertThat(response.toString()).isEqualTo("ApiResponse[status=200, body=145 bytes]");
	}

	@Test
	void aRequestShowsItsEndpointButNoValue() {
		ApiRequest request = Endpoint.SEARCH.request(SECRET, "API", 0, 50);

		assertThat(request.toString()).isEqualTo("ApiRequest[SEARCH]");
	}

}
