package com.vcshell.identity;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** HTTPS_PROXY and NO_PROXY, read from an injected environment. */
class EnvironmentProxySelectorTests {

	private static final URI API = URI.create("https://api.veracode.com/api/authn/v2/users/self");

	@Test
	void httpsProxyIsUsedForTheApi() {
		EnvironmentProxySelector selector = new EnvironmentProxySelector(
				Map.of("HTTPS_PROXY", "http://proxy.corp:3128"));
		Proxy proxy = selector.select(API).get(0);
		assertThat(proxy.type()).isEqualTo(Proxy.Type.HTTP);
		InetSocketAddress address = (InetSocketAddress) proxy.address();
		assertThat(address.getHostString()).isEqualTo("proxy.corp");
		assertThat(address.getPort()).isEqualTo(3128);
		assertThat(selector.hasProxy()).isTrue();
	}

	@Test
	void lowerCaseNamesAndBareHostsWork() {
		EnvironmentProxySelector selector = new EnvironmentProxySelector(Map.of("https_proxy", "proxy.corp"));
		assertThat(((InetSocketAddress) selector.select(API).get(0).address()).getPort()).isEqualTo(80);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "veracode.com", ".veracode.com", "api.veracode.com", "*", "other.org, api.veracode.com:443" })
	void noProxyExemptsMatchingHosts(String noProxy) {
		EnvironmentProxySelector selector = new EnvironmentProxySelector(
				Map.of("HTTPS_PROXY", "http://proxy.corp:3128", "NO_PROXY", noProxy));
		assertThat(selector.select(API)).containsExactly(Proxy.NO_PROXY);
	}

	@Test
	void noProxyDoesNotMatchMerelySimilarNames() {
		EnvironmentProxySelector selector = new EnvironmentProxySelector(
				Map.of("HTTPS_PROXY", "http://proxy.corp:3128", "NO_PROXY", "code.com,i.veracode.com"));
		assertThat(selector.select(API).get(0).type()).isEqualTo(Proxy.Type.HTTP);
	}

	@Test
	void loopbackAndPlainHttpWithoutHttpProxyGoDirect() {
		EnvironmentProxySelector selector = new EnvironmentProxySelector(
				Map.of("HTTPS_PROXY", "http://proxy.corp:3128"));
		assertThat(selector.select(URI.create("https://localhost:8443/x"))).containsExactly(Proxy.NO_PROXY);
		assertThat(selector.select(URI.create("http://127.0.0.1:8080/x"))).containsExactly(Proxy.NO_PROXY);
		assertThat(selector.select(URI.create("http://example.org/x"))).containsExactly(Proxy.NO_PROXY);
	}

	@Test
	void noVariablesMeansNoProxy() {
		EnvironmentProxySelector selector = new EnvironmentProxySelector(Map.of());
		assertThat(selector.hasProxy()).isFalse();
		assertThat(selector.select(API)).containsExactly(Proxy.NO_PROXY);
	}

	@Test
	void aBadProxyValueIsReportedWithoutRepeatingIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EnvironmentProxySelector(Map.of("HTTPS_PROXY", "http://user:s3cret@[bad")))
			.withMessage("HTTPS_PROXY is not a proxy URL of the form http://host:port");
	}

}
