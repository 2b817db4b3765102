package com.vcshell.identity;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One Identity API call: method, path template with its values, query parameters, what it
 * is about (for "not found" messages) and whether it creates credentials (never retried).
 * Path and query values are encoded strictly, so {@code @} goes out as {@code %40} and a
 * space as {@code %20}.
 *
 * @param method the HTTP method
 * @param pathTemplate the path with {@code {placeholders}}
 * @param pathValues the placeholder values, in order
 * @param query query parameters, in order
 * @param subject what the call is about, e.g. {@code user 1234…}
 * @param generates whether it generates credentials
 */
record ApiRequest(HttpMethod method, String pathTemplate, List<String> pathValues, Map<String, String> query,
		String subject, boolean generates) {

	ApiRequest {
		pathValues = List.copyOf(pathValues);
		query = new LinkedHashMap<>(query);
	}

	static ApiRequest get(String subject, String pathTemplate, String... pathValues) {
		return new ApiRequest(HttpMethod.GET, pathTemplate, List.of(pathValues), Map.of(), subject, false);
	}

	static ApiRequest generate(String subject, String pathTemplate, String... pathValues) {
		return new ApiRequest(HttpMethod.POST, pathTemplate, List.of(pathValues), Map.of(), subject, true);
	}

	static ApiRequest delete(String subject, String pathTemplate, String... pathValues) {
		return new ApiRequest(HttpMethod.DELETE, pathTemplate, List.of(pathValues), Map.of(), subject, false);
	}

	/** This request with one more query parameter; a {@code null} value is left out. */
	ApiRequest query(String name, Object value) {
		if (value == null) {
			return this;
		}
		Map<String, String> more = new LinkedHashMap<>(this.query);
		more.put(name, String.valueOf(value));
		return new ApiRequest(this.method, this.pathTemplate, this.pathValues, more, this.subject, this.generates);
	}

	/** Whether a failed attempt may be repeated: only reads are. */
	boolean isRetriable() {
		return this.method == HttpMethod.GET;
	}

	/**
	 * Whether the request sends a JSON body ({@code {}}) or at least a JSON content type.
	 */
	boolean sendsContentType() {
		return this.method == HttpMethod.POST || this.method == HttpMethod.DELETE;
	}

	/** The final, encoded URI under the given base URL. */
	URI uri(URI baseUrl) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromUri(baseUrl).path(this.pathTemplate);
		List<Object> values = new ArrayList<>(this.pathValues);
		int index = 0;
		for (Map.Entry<String, String> parameter : this.query.entrySet()) {
			builder.queryParam(parameter.getKey(), "{q" + index++ + "}");
			values.add(parameter.getValue());
		}
		return builder.encode().buildAndExpand(values.toArray()).toUri();
	}

}
