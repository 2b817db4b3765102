package com.vcshell.identity;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Chooses a proxy the way curl and most CLIs read the environment: {@code HTTPS_PROXY}
 * for https URLs, {@code HTTP_PROXY} for http ones (upper or lower case), except for
 * hosts matched by {@code NO_PROXY} (comma-separated names, a leading dot or none
 * matching subdomains too, {@code *} for all) and loopback addresses. Used only by this
 * client's HTTP client, never installed JVM-wide. Proxy user names and passwords are not
 * supported.
 */
final class EnvironmentProxySelector extends ProxySelector {

	private final @Nullable URI httpsProxy;

	private final @Nullable URI httpProxy;

	private final List<String> noProxy;

	EnvironmentProxySelector(Map<String, String> environment) {
		this.httpsProxy = proxyUri("HTTPS_PROXY", value(environment, "HTTPS_PROXY"));
		this.httpProxy = proxyUri("HTTP_PROXY", value(environment, "HTTP_PROXY"));
		String exclusions = value(environment, "NO_PROXY");
		this.noProxy = (exclusions == null) ? List.of()
				: Arrays.stream(exclusions.split(","))
					.map((entry) -> entry.strip().toLowerCase(Locale.ROOT))
					.filter((entry) -> !entry.isEmpty())
					.toList();
	}

	/** Whether any proxy is configured at all. */
	boolean hasProxy() {
		return this.httpsProxy != null || this.httpProxy != null;
	}

	@Override
	public List<Proxy> select(URI uri) {
		URI proxy = "https".equalsIgnoreCase(uri.getScheme()) ? this.httpsProxy : this.httpProxy;
		if (proxy == null || uri.getHost() == null || bypass(uri.getHost().toLowerCase(Locale.ROOT))) {
			return List.of(Proxy.NO_PROXY);
		}
		int port = (proxy.getPort() > 0) ? proxy.getPort() : ("https".equalsIgnoreCase(proxy.getScheme()) ? 443 : 80);
		return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.getHost(), port)));
	}

	@Override
	public void connectFailed(URI uri, SocketAddress address, IOException failure) {
		// nothing to remember: the request fails and is reported
	}

	boolean bypass(String host) {
		if (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1")) {
			return true;
		}
		for (String entry : this.noProxy) {
			String name = entry.startsWith(".") ? entry.substring(1) : entry;
			int colon = name.lastIndexOf(':');
			if (colon > 0 && !name.contains("]") && name.indexOf(':') == colon) {
				name = name.substring(0, colon);
			}
			if (entry.equals("*") || host.equals(name) || host.endsWith("." + name)) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable String value(Map<String, String> environment, String name) {
		String upper = environment.get(name);
		String value = (upper != null) ? upper : environment.get(name.toLowerCase(Locale.ROOT));
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * The proxy URL; the message of a bad one never repeats it (it may hold a password).
	 */
	private static @Nullable URI proxyUri(String name, @Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			URI uri = new URI(value.contains("://") ? value : "http://" + value);
			if (uri.getHost() != null) {
				return uri;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		throw new IllegalArgumentException(name + " is not a proxy URL of the form http://host:port");
	}

}
