package com.vcshell.identity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriUtils;

/**
 * One call of an {@link Endpoint}: its path and query values and what it is about. Path
 * and query values are encoded strictly (every character but
 * {@code A-Z a-z 0-9 - . _ ~}), so {@code @} goes out as {@code %40}, a space as
 * {@code %20} and {@code /} as {@code %2F}.
 *
 * @param endpoint the endpoint called
 * @param pathValues the template's placeholder values by name; {@code null} when not
 * known yet (only a dry run can show such a request)
 * @param query the query parameters sent, in order
 * @param subject what the call is about, e.g. {@code user 1234…}
 */
record ApiRequest(Endpoint endpoint, Map<String, @Nullable String> pathValues, Map<String, String> query,
		String subject) {

	HttpMethod method() {
		return this.endpoint.method();
	}

	/** Whether it generates credentials (never retried). */
	boolean generates() {
		return this.endpoint.generates();
	}

	/** Whether a failed attempt may be repeated: only reads are. */
	boolean isRetriable() {
		return this.endpoint.method() == HttpMethod.GET;
	}

	/** Whether the request sends {@code Content-Type: application/json}. */
	boolean sendsContentType() {
		return this.endpoint.sendsContentType();
	}

	/** A path value by its placeholder name, or {@code null}. */
	@Nullable String pathValue(String name) {
		return this.pathValues.get(name);
	}

	/** The name of a path value not known, or {@code null} when every one is. */
	@Nullable String missingPathValue() {
		for (Map.Entry<String, @Nullable String> value : this.pathValues.entrySet()) {
			if (value.getValue() == null) {
				return value.getKey();
			}
		}
		return null;
	}

	/**
	 * The final, encoded URI under the given base URL.
	 * @throws IllegalStateException when a path value is not known
	 */
	URI uri(URI baseUrl) {
		return URI.create(render(baseUrl, false));
	}

	/**
	 * The URL as {@link #uri(URI)} has it, except that a path value not known yet shows
	 * as its {@code {placeholder}}.
	 */
	String display(URI baseUrl) {
		return render(baseUrl, true);
	}

	/** The endpoint only, no value (a search term is whatever was typed). */
	@Override
	public String toString() {
		return "ApiRequest[" + this.endpoint + "]";
	}

	private String render(URI baseUrl, boolean showPlaceholders) {
		StringBuilder url = new StringBuilder(128).append(baseUrl.getScheme())
			.append("://")
			.append(baseUrl.getRawAuthority());
		String basePath = baseUrl.getRawPath();
		if (basePath != null) {
			url.append(basePath, 0, basePath.length() - (basePath.endsWith("/") ? 1 : 0));
		}
		String template = this.endpoint.pathTemplate();
		int from = 0;
		for (Map.Entry<String, @Nullable String> value : this.pathValues.entrySet()) {
			String placeholder = "{" + value.getKey() + "}";
			int at = template.indexOf(placeholder, from);
			url.append(template, from, at);
			if (value.getValue() != null) {
				url.append(encode(value.getValue()));
			}
			else if (showPlaceholders) {
				url.append(placeholder);
			}
			else {
				throw new IllegalStateException("no value for " + placeholder + " in " + template);
			}
			from = at + placeholder.length();
		}
		url.append(template, from, template.length());
		char separator = '?';
		for (Map.Entry<String, String> parameter : this.query.entrySet()) {
			url.append(separator).append(parameter.getKey()).append('=').append(encode(parameter.getValue()));
			separator = '&';
		}
		return url.toString();
	}

	private static String encode(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}

}
