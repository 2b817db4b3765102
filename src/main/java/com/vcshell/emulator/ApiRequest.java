package com.vcshell.emulator;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An authenticated request to the emulated API.
 *
 * @param caller the user whose credentials signed the request
 * @param callerPair the pair that signed it
 * @param method the upper-cased method
 * @param path the decoded path
 * @param rawQuery the query as received, or {@code null}
 * @param baseUrl the emulator's base URL, for HAL links
 */
record ApiRequest(TenantUser caller, CredentialPair callerPair, String method, String path, String rawQuery,
		URI baseUrl) {

	/** The decoded query parameters, first value of each name, in order. */
	Map<String, String> params() {
		Map<String, String> params = new LinkedHashMap<>();
		for (String[] pair : rawParams()) {
			params.putIfAbsent(decode(pair[0]), decode(pair[1]));
		}
		return params;
	}

	/** The raw {@code name=value} pairs of the query, still encoded. */
	List<String[]> rawParams() {
		List<String[]> pairs = new ArrayList<>();
		if (this.rawQuery == null || this.rawQuery.isEmpty()) {
			return pairs;
		}
		for (String part : this.rawQuery.split("&")) {
			if (!part.isEmpty()) {
				int eq = part.indexOf('=');
				pairs.add((eq < 0) ? new String[] { part, "" }
						: new String[] { part.substring(0, eq), part.substring(eq + 1) });
			}
		}
		return pairs;
	}

	private static String decode(String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw ApiError.badRequest("Malformed query parameter encoding");
		}
	}

}
