package com.vcshell.identity;

import java.net.ProxySelector;
import java.net.http.HttpClient;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * Builds the JDK HTTP client behind the Identity API client: connect and read timeouts,
 * the proxy from {@code HTTPS_PROXY}/{@code NO_PROXY} for this client only, and no
 * redirects (a signed request must not wander to another host).
 */
final class JdkRequestFactories {

	private JdkRequestFactories() {
	}

	static ClientHttpRequestFactory create(IdentityClientSettings settings) {
		EnvironmentProxySelector proxies = new EnvironmentProxySelector(settings.proxyEnvironment());
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.proxy(proxies.hasProxy() ? proxies : ProxySelector.of(null))
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(settings.readTimeout());
		return factory;
	}

}
