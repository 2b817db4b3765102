package com.vcshell.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * Every Identity API endpoint vcshell calls (protocol §4.1), described once: method, path
 * template, query parameters, body, and what a call is about (for "not found" messages).
 * The real and the dry-run client both build their requests from this table.
 */
enum Endpoint {

	/** The caller's own credentials. */
	OWN_CREDENTIALS(HttpMethod.GET, Paths.CREDENTIALS, (v) -> "your own API credentials"),

	/** New credentials for the caller (revokes the pair that signed it). */
	GENERATE_OWN(HttpMethod.POST, Paths.CREDENTIALS, (v) -> "your own API credentials"),

	/** Revokes the caller's own pair. */
	REVOKE_OWN(HttpMethod.DELETE, Paths.CREDENTIALS, (v) -> "your own API credentials"),

	/** Revokes a pair by its api id. */
	REVOKE_BY_ID(HttpMethod.DELETE, Paths.CREDENTIALS + "/{apiId}", (v) -> "API credentials " + v.get(0)),

	/** A user's credentials. */
	CREDENTIALS_FOR_USER(HttpMethod.GET, Paths.FOR_USER, (v) -> "API credentials of user " + v.get(0)),

	/** New credentials for a user (revokes that user's pair). */
	GENERATE_FOR_USER(HttpMethod.POST, Paths.FOR_USER, (v) -> "user " + v.get(0)),

	/** Revokes a user's pair. */
	REVOKE_FOR_USER(HttpMethod.DELETE, Paths.FOR_USER, (v) -> "API credentials of user " + v.get(0)),

	/** The caller's own user. */
	SELF(HttpMethod.GET, Paths.USERS + "/self", (v) -> "your own user"),

	/** One user by id. */
	USER(HttpMethod.GET, Paths.USERS + "/{userId}", (v) -> "user " + v.get(0)),

	/** A page of every user. */
	USERS(HttpMethod.GET, Paths.USERS, (v) -> "users", "page", "size"),

	/** A page of the users matching a term and/or a type. */
	SEARCH(HttpMethod.GET, Paths.USERS + "/search",
			(v) -> (v.get(0) != null) ? "users matching '" + v.get(0) + "'" : "users", "search_term", "user_type",
			"page", "size");

	/** What a POST sends: an empty JSON object. */
	static final String JSON_BODY = "{}";

	private final HttpMethod method;

	private final String pathTemplate;

	private final List<String> pathNames;

	private final List<String> queryNames;

	private final Function<List<@Nullable String>, String> subject;

	Endpoint(HttpMethod method, String pathTemplate, Function<List<@Nullable String>, String> subject,
			String... queryNames) {
		this.method = method;
		this.pathTemplate = pathTemplate;
		this.pathNames = placeholders(pathTemplate);
		this.queryNames = List.of(queryNames);
		this.subject = subject;
	}

	HttpMethod method() {
		return this.method;
	}

	String pathTemplate() {
		return this.pathTemplate;
	}

	/** The body sent: {@code {}} for a POST, none otherwise. */
	@Nullable String body() {
		return (this.method == HttpMethod.POST) ? JSON_BODY : null;
	}

	/** Whether {@code Content-Type: application/json} is sent: on POST and DELETE. */
	boolean sendsContentType() {
		return this.method == HttpMethod.POST || this.method == HttpMethod.DELETE;
	}

	/** Whether a call creates credentials, so that it must never be repeated blindly. */
	boolean generates() {
		return this.method == HttpMethod.POST;
	}

	/**
	 * One call: the path values in template order, then the query values in table order
	 * (a {@code null} query value is left out; a {@code null} path value means "not known
	 * yet", which only a dry run can show).
	 */
	ApiRequest request(@Nullable Object... values) {
		int expected = this.pathNames.size() + this.queryNames.size();
		if (values.length != expected) {
			throw new IllegalArgumentException(name() + " takes " + expected + " values, not " + values.length);
		}
		List<@Nullable String> text = new ArrayList<>(values.length);
		for (Object value : values) {
			text.add((value != null) ? String.valueOf(value) : null);
		}
		Map<String, @Nullable String> path = new LinkedHashMap<>();
		for (int i = 0; i < this.pathNames.size(); i++) {
			path.put(this.pathNames.get(i), text.get(i));
		}
		Map<String, String> query = new LinkedHashMap<>();
		for (int i = 0; i < this.queryNames.size(); i++) {
			String value = text.get(this.pathNames.size() + i);
			if (value != null) {
				query.put(this.queryNames.get(i), value);
			}
		}
		return new ApiRequest(this, Collections.unmodifiableMap(path), Collections.unmodifiableMap(query),
				this.subject.apply(Collections.unmodifiableList(text)));
	}

	/** The {@code {names}} in a template, in order. */
	private static List<String> placeholders(String template) {
		List<String> names = new ArrayList<>();
		for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
			names.add(template.substring(open + 1, template.indexOf('}', open)));
		}
		return List.copyOf(names);
	}

	/** The paths several endpoints share. */
	private static final class Paths {

		static final String CREDENTIALS = "/api/authn/v2/api_credentials";

		static final String FOR_USER = CREDENTIALS + "/user_id/{userId}";

		static final String USERS = "/api/authn/v2/users";

	}

}
