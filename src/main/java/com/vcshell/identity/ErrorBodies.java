package com.vcshell.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Pulls a short message out of any of the error body shapes Veracode's REST services use
 * (protocol §4.4), never the body itself: {@code {"http_code","http_status","message"}},
 * {@code {"errors":[...],"status"}}, {@code {"_embedded":{"api_errors":[{"title"}]}}} and
 * {@code {"error","error_description"}}.
 */
final class ErrorBodies {

	static final int MAX_LENGTH = 200;

	private static final Pattern LONG_HEX = Pattern.compile("[0-9a-fA-F]{64,}");

	private ErrorBodies() {
	}

	/** The server's message, one line of at most 200 characters, or {@code null}. */
	static @Nullable String message(@Nullable JsonNode body) {
		if (body == null || !body.isObject()) {
			return null;
		}
		String message = text(body.path("message"));
		if (message == null) {
			message = joined(body.path("errors"));
		}
		if (message == null) {
			message = joined(body.path("_embedded").path("api_errors"));
		}
		if (message == null) {
			message = text(body.path("error_description"));
		}
		if (message == null) {
			message = text(body.path("error"));
		}
		if (message == null) {
			message = text(body.path("detail"));
		}
		return (message != null) ? oneLine(message) : null;
	}

	/** Strips control characters, hides anything secret-sized, and truncates. */
	static @Nullable String oneLine(String text) {
		String line = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
		line = LONG_HEX.matcher(line).replaceAll("****");
		if (line.isEmpty()) {
			return null;
		}
		return (line.length() <= MAX_LENGTH) ? line : line.substring(0, MAX_LENGTH - 1) + "…";
	}

	private static @Nullable String joined(JsonNode errors) {
		if (!errors.isArray()) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		for (JsonNode error : errors) {
			String part = error.isObject() ? firstText(error, "title", "message", "detail") : text(error);
			if (part != null) {
				parts.add(part);
			}
		}
		return parts.isEmpty() ? null : String.join("; ", parts);
	}

	private static @Nullable String firstText(JsonNode node, String... names) {
		for (String name : names) {
			String text = text(node.path(name));
			if (text != null) {
				return text;
			}
		}
		return null;
	}

	private static @Nullable String text(JsonNode node) {
		if (node.isString() && !node.asString().isBlank()) {
			return node.asString();
		}
		return null;
	}

}
