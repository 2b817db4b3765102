package com.vcshell.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of a user list in HAL form: {@code _embedded.users}, {@code _links} (self,
 * first, prev, next, last) and {@code page} (size, total_elements, total_pages, number).
 * Pages are 0-based, 20 items by default. Like Spring HATEOAS, an empty page has no
 * {@code _embedded}.
 */
final class HalPage {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 500;

	private HalPage() {
	}

	static <T> Map<String, Object> of(ApiRequest request, List<T> all, Function<T, Map<String, Object>> view) {
		Map<String, String> params = request.params();
		int size = intParam(params, "size", DEFAULT_SIZE, 1, MAX_SIZE);
		int number = intParam(params, "page", 0, 0, Integer.MAX_VALUE);
		int total = all.size();
		int totalPages = (total + size - 1) / size;
		long from = Math.min((long) number * size, total);
		List<Map<String, Object>> items = all.subList((int) from, (int) Math.min(from + size, total))
			.stream()
			.map(view)
			.toList();
		Map<String, Object> json = new LinkedHashMap<>();
		if (!items.isEmpty()) {
			json.put("_embedded", Map.of("users", items));
		}
		json.put("_links", links(request, number, size, totalPages));
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("size", size);
		page.put("total_elements", total);
		page.put("total_pages", totalPages);
		page.put("number", number);
		json.put("page", page);
		return json;
	}

	private static Map<String, Object> links(ApiRequest request, int number, int size, int totalPages) {
		int last = Math.max(totalPages - 1, 0);
		Map<String, Object> links = new LinkedHashMap<>();
		links.put("first", href(request, 0, size));
		if (number > 0) {
			links.put("prev", href(request, Math.min(number - 1, last), size));
		}
		links.put("self", href(request, number, size));
		if (number < last) {
			links.put("next", href(request, number + 1, size));
		}
		links.put("last", href(request, last, size));
		return links;
	}

	/** The request's URL with page and size replaced, other parameters kept as sent. */
	private static Map<String, String> href(ApiRequest request, int page, int size) {
		StringBuilder query = new StringBuilder();
		for (String[] pair : request.rawParams()) {
			if (!pair[0].equals("page") && !pair[0].equals("size")) {
				query.append(pair[0]).append('=').append(pair[1]).append('&');
			}
		}
		query.append("page=").append(page).append("&size=").append(size);
		String base = request.baseUrl().toString();
		return Map.of("href", base + request.path() + "?" + query);
	}

	private static int intParam(Map<String, String> params, String name, int fallback, int min, int max) {
		String value = params.get(name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int parsed = Integer.parseInt(value.strip());
			if (parsed >= min && parsed <= max) {
				return parsed;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw ApiError.badRequest(
				"Invalid " + name + " parameter: " + value + " (expected a number from " + min + " to " + max + ")");
	}

}
