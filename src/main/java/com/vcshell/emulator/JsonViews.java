package com.vcshell.emulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Identity API's JSON shapes (protocol §4.3), as ordered maps: snake_case names,
 * timestamps like {@code 2026-06-01T10:00:00.000+0000}.
 */
final class JsonViews {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
		.withZone(ZoneOffset.UTC);

	private JsonViews() {
	}

	static String timestamp(Instant instant) {
		return TIMESTAMP.format(instant);
	}

	/** ApiCredentials without the secret, as the GET and DELETE endpoints answer. */
	static Map<String, Object> credentials(CredentialPair pair) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("api_id", pair.apiId());
		json.put("user_id", pair.userId());
		json.put("created_ts", timestamp(pair.created()));
		json.put("expiration_ts", timestamp(pair.expiration()));
		if (pair.isRevoked()) {
			json.put("revocation_ts", timestamp(pair.revoked()));
		}
		return json;
	}

	/** The answer of a generate: the only place a secret is ever returned. */
	static Map<String, Object> generated(CredentialPair pair) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("api_id", pair.apiId());
		json.put("api_secret", pair.credentials().secretHex());
		json.put("expiration_ts", timestamp(pair.expiration()));
		json.put("created_ts", timestamp(pair.created()));
		json.put("user_id", pair.userId());
		return json;
	}

	/**
	 * A User, with {@code api_credentials} (id and expiry) when it has an active pair.
	 */
	static Map<String, Object> user(TenantUser user, Optional<CredentialPair> active) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("user_id", user.userId());
		json.put("user_name", user.userName());
		json.put("email_address", user.emailAddress());
		json.put("first_name", user.firstName());
		json.put("last_name", user.lastName());
		json.put("account_type", user.accountType().name());
		json.put("api_user", user.isApiUser());
		json.put("active", true);
		json.put("login_enabled", !user.isApiUser());
		json.put("saml_user", false);
		json.put("roles",
				user.roles()
					.stream()
					.map((role) -> Map.of("role_name", role.name(), "role_description", role.description()))
					.toList());
		json.put("permissions", user.permissions().stream().map((name) -> Map.of("permission_name", name)).toList());
		active.ifPresent((pair) -> json.put("api_credentials",
				Map.of("api_id", pair.apiId(), "expiration_ts", timestamp(pair.expiration()))));
		return json;
	}

	/** The Identity-style error body. */
	static Map<String, Object> error(int status, String message) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("http_code", status);
		json.put("http_status", reason(status));
		json.put("message", message);
		return json;
	}

	static String reason(int status) {
		return switch (status) {
			case 400 -> "Bad Request";
			case 401 -> "Unauthorized";
			case 403 -> "Forbidden";
			case 404 -> "Not Found";
			case 405 -> "Method Not Allowed";
			case 409 -> "Conflict";
			case 429 -> "Too Many Requests";
			case 500 -> "Internal Server Error";
			case 502 -> "Bad Gateway";
			case 503 -> "Service Unavailable";
			case 504 -> "Gateway Timeout";
			default -> "Error";
		};
	}

}
