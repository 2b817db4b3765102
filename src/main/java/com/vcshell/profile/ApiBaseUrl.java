package com.vcshell.profile;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Checks an API base URL given in a profile ({@code api_base_url}) or in
 * {@code VCSHELL_API_BASE_URL}: absolute, {@code https://}, or plain {@code http://} only
 * to a loopback host (the emulator, a local proxy). The key never travels in clear over a
 * network.
 */
final class ApiBaseUrl {

	private ApiBaseUrl() {
	}

	/**
	 * The URL without trailing slash.
	 * @param where what to name in a message, e.g. {@code VCSHELL_API_BASE_URL} or
	 * {@code <file> line 7 (profile [x])}
	 * @throws ProfileException when it is not usable
	 */
	static URI parse(String value, String where) {
		URI uri;
		try {
			uri = new URI(value.strip());
		}
		catch (URISyntaxException ex) {
			throw new ProfileException(where + ": api_base_url '" + value + "' is not a URL");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
			throw new ProfileException(where + ": api_base_url '" + value
					+ "' must be an absolute https:// URL such as https://api.veracode.com");
		}
		if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new ProfileException(where + ": api_base_url must not hold a user, query or fragment");
		}
		if (scheme.equals("http") && !isLoopback(uri.getHost())) {
			throw new ProfileException(where + ": api_base_url '" + value
					+ "' uses plain http:// to a host that is not loopback; use https:// (http:// is allowed only to localhost, 127.0.0.1 or ::1)");
		}
		String text = uri.toString();
		while (text.endsWith("/")) {
			text = text.substring(0, text.length() - 1);
		}
		return URI.create(text);
	}

	/**
	 * Whether the host is {@code localhost} or a loopback address literal. Never asks
	 * DNS: a name that merely resolves to loopback is not trusted.
	 */
	static boolean isLoopback(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		if (name.startsWith("[") && name.endsWith("]")) {
			name = name.substring(1, name.length() - 1);
		}
		if (name.equals("localhost") || name.endsWith(".localhost")) {
			return true;
		}
		boolean literal = name.matches("[0-9.]+") || name.contains(":");
		if (!literal) {
			return false;
		}
		try {
			return InetAddress.getByName(name).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
