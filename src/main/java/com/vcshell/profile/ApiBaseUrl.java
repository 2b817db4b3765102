package com.vcshell.profile;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks an API base URL given in a profile ({@code api_base_url}), in
 * {@code VCSHELL_API_BASE_URL} or to {@code profile add --api-base-url}, so that anything
 * accepted here can be requested and signed:
 * <ul>
 * <li>printable ASCII only (percent-encode anything else), {@code https://}, or plain
 * {@code http://} only to a loopback host (the emulator, a local proxy), so the key never
 * travels in clear over a network;</li>
 * <li>a host the HTTP client and TLS accept: an IPv4 address, an IPv6 address without a
 * zone, or a DNS name of at most 253 characters in labels of at most 63, without a
 * trailing dot; a port from 1 to 65535 when one is given;</li>
 * <li>no user name (credentials live in the profile), no query and no fragment (requests
 * append their own path and query to the base URL, and the signature covers them), no
 * {@code .} or {@code ..} path segment (a gateway would resolve it to another path).</li>
 * </ul>
 * A path prefix ({@code https://proxy.example.com/veracode}) is allowed.
 */
final class ApiBaseUrl {

	private static final int MAX_HOST = 253;

	private static final int MAX_LABEL = 63;

	private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

	private ApiBaseUrl() {
	}

	/**
	 * The URL without trailing slash.
	 * @param where what to name in a message, e.g. {@code VCSHELL_API_BASE_URL} or
	 * {@code <file> line 7 (profile [x])}
	 * @throws ProfileException when it is not usable; the value appears as
	 * {@link SafeText} shows it
	 */
	static URI parse(String value, String where) {
		String text = value.strip();
		String problem = problem(text);
		if (problem != null) {
			throw new ProfileException(where + ": api_base_url '" + SafeText.of(text) + "' " + problem);
		}
		while (text.endsWith("/")) {
			text = text.substring(0, text.length() - 1);
		}
		return URI.create(text);
	}

	/** What is wrong with the URL, or {@code null}. */
	private static String problem(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c <= ' ' || c >= 0x7F) {
				return "holds a space, a control or a non-ASCII character (character " + (i + 1)
						+ "); percent-encode it";
			}
		}
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			return "is not a URL (" + ex.getReason() + " at character " + (ex.getIndex() + 1) + ")";
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("https") || scheme.equals("http")) || uri.isOpaque()) {
			return "must be an absolute https:// URL such as https://api.veracode.com";
		}
		String authority = authorityProblem(uri);
		if (authority != null) {
			return authority;
		}
		if (scheme.equals("http") && !isLoopback(uri.getHost())) {
			return "uses plain http:// to a host that is not loopback; use https:// (http:// is allowed only to localhost, 127.0.0.1 or ::1)";
		}
		return pathProblem(uri);
	}

	private static String authorityProblem(URI uri) {
		if (uri.getHost() == null) {
			return "has no valid host (a DNS name, an IPv4 address or an [IPv6] address, and a port from 1 to 65535)";
		}
		if (uri.getRawUserInfo() != null) {
			return "must not hold a user name or password (the key pair is in the profile)";
		}
		if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
			return "has port " + uri.getPort() + "; a port is 1 to 65535";
		}
		return hostProblem(uri.getHost());
	}

	/** The URI class checked the syntax; this checks the lengths DNS and TLS impose. */
	private static String hostProblem(String host) {
		if (host.startsWith("[")) {
			return host.contains("%") ? "has an IPv6 zone (%...); use an address without one" : null;
		}
		if (host.endsWith(".")) {
			return "has a host name that ends with a dot; leave the dot out";
		}
		if (host.length() > MAX_HOST) {
			return "has a host name of " + host.length() + " characters; at most " + MAX_HOST + " are allowed";
		}
		for (String label : host.split("\\.")) {
			if (label.length() > MAX_LABEL) {
				return "has a host name part of " + label.length() + " characters; at most " + MAX_LABEL
						+ " are allowed between dots";
			}
		}
		return null;
	}

	private static String pathProblem(URI uri) {
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			return "must not hold a query (?...) or a fragment (#...)";
		}
		for (String segment : uri.getRawPath().split("/", -1)) {
			String decoded = segment.replace("%2e", ".").replace("%2E", ".");
			if (decoded.equals(".") || decoded.equals("..")) {
				return "must not hold a . or .. path segment";
			}
		}
		return null;
	}

	/**
	 * Whether the host is {@code localhost}, an IPv4 address in 127.0.0.0/8 or the IPv6
	 * loopback address. Never asks DNS: a name that merely resolves to loopback is not
	 * trusted.
	 * @param host a host as {@link URI#getHost()} gives it (IPv6 in brackets)
	 */
	static boolean isLoopback(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		if (name.equals("localhost") || name.endsWith(".localhost")) {
			return true;
		}
		if (IPV4_LOOPBACK.matcher(name).matches()) {
			return true;
		}
		if (!name.startsWith("[")) {
			return false;
		}
		try {
			// a bracketed literal is parsed as an address or refused, never looked up
			return InetAddress.getByName(name).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
