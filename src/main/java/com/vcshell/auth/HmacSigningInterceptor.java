package com.vcshell.auth;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Signs every request to the configured API host with a fresh nonce and timestamp, from
 * the final encoded URI. Sets only the {@code Authorization} header; requests to any
 * other host pass unsigned. Retries that go through the interceptor chain again are
 * signed again.
 */
public final class HmacSigningInterceptor implements ClientHttpRequestInterceptor {

	private final Supplier<ApiCredentials> credentials;

	private final String apiHost;

	private final Clock clock;

	private final NonceGenerator nonces;

	/**
	 * @param credentials the pair to sign with, read on every request (the session may
	 * switch to a freshly generated pair)
	 * @param apiHost the only host whose requests are signed
	 */
	public HmacSigningInterceptor(Supplier<ApiCredentials> credentials, String apiHost, Clock clock,
			NonceGenerator nonces) {
		this.credentials = credentials;
		this.apiHost = apiHost.toLowerCase(Locale.ROOT);
		this.clock = clock;
		this.nonces = nonces;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		URI uri = request.getURI();
		if (uri.getHost() != null && this.apiHost.equals(uri.getHost().toLowerCase(Locale.ROOT))) {
			HmacSigner.Signature signature = HmacSigner.sign(this.credentials.get(), request.getMethod().name(), uri,
					this.clock.instant(), this.nonces.nextNonce());
			request.getHeaders().set(HttpHeaders.AUTHORIZATION, signature.header());
		}
		return execution.execute(request, body);
	}

}
