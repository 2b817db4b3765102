package com.vcshell.emulator;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The endpoints of the Identity API (protocol §4.1) over the tenant: routing, roles, and
 * the credential operations. User queries are in {@link UserEndpoints}.
 */
final class IdentityApi {

	static final String PREFIX = "/api/authn/v2/";

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final Tenant tenant;

	private final UserEndpoints users;

	IdentityApi(Tenant tenant) {
		this.tenant = tenant;
		this.users = new UserEndpoints(tenant);
	}

	ApiResponse handle(ApiRequest request) {
		String path = request.path();
		if (!path.startsWith(PREFIX)) {
			throw ApiError.notFound("No endpoint " + path);
		}
		List<String> segments = Arrays.stream(path.substring(PREFIX.length()).split("/"))
			.filter((s) -> !s.isEmpty())
			.toList();
		if (segments.isEmpty()) {
			throw ApiError.notFound("No endpoint " + path);
		}
		List<String> rest = segments.subList(1, segments.size());
		return switch (segments.get(0)) {
			case "api_credentials" -> credentials(request, rest);
			case "users" -> this.users.handle(request, rest);
			default -> throw ApiError.notFound("No endpoint " + path);
		};
	}

	private ApiResponse credentials(ApiRequest request, List<String> rest) {
		if (rest.isEmpty()) {
			return own(request);
		}
		if (rest.size() == 1) {
			return byApiId(request, rest.get(0));
		}
		if (rest.size() == 2 && rest.get(0).equals("user_id")) {
			return byUserId(request, userId(rest.get(1)));
		}
		throw ApiError.notFound("No endpoint " + request.path());
	}

	private ApiResponse own(ApiRequest request) {
		String userId = request.caller().userId();
		return switch (request.method()) {
			case "GET" -> ApiResponse.ok(JsonViews.credentials(request.callerPair()));
			case "POST" -> ApiResponse.ok(JsonViews.generated(this.tenant.generate(userId)));
			case "DELETE" -> ApiResponse.ok(JsonViews.credentials(this.tenant.revokeActive(userId)
				.orElseThrow(() -> ApiError.notFound("No active API credentials for this user"))));
			default -> throw notAllowed(request);
		};
	}

	private ApiResponse byApiId(ApiRequest request, String apiId) {
		CredentialPair pair = this.tenant.pair(apiId).orElse(null);
		if (pair == null || !pair.userId().equals(request.caller().userId())) {
			requireAdmin(request);
		}
		if (pair == null) {
			throw ApiError.notFound("API credentials not found: " + apiId);
		}
		return switch (request.method()) {
			case "GET" -> ApiResponse.ok(JsonViews.credentials(pair));
			case "DELETE" -> ApiResponse.ok(JsonViews.credentials(this.tenant.revoke(pair.apiId())
				.orElseThrow(() -> ApiError.notFound("API credentials already revoked: " + apiId))));
			default -> throw notAllowed(request);
		};
	}

	private ApiResponse byUserId(ApiRequest request, String userId) {
		requireAdminOrSelf(request, userId);
		TenantUser user = this.tenant.user(userId).orElseThrow(() -> ApiError.notFound("User not found: " + userId));
		return switch (request.method()) {
			case "GET" -> ApiResponse.ok(JsonViews.credentials(this.tenant.activePair(user.userId())
				.orElseThrow(() -> ApiError.notFound("No API credentials for user " + userId))));
			case "POST" -> ApiResponse.ok(JsonViews.generated(this.tenant.generate(user.userId())));
			case "DELETE" -> ApiResponse.ok(JsonViews.credentials(this.tenant.revokeActive(user.userId())
				.orElseThrow(() -> ApiError.notFound("No API credentials for user " + userId))));
			default -> throw notAllowed(request);
		};
	}

	/** A user id from a path: 400 unless it is a UUID. */
	static String userId(String text) {
		if (!UUID.matcher(text).matches()) {
			throw ApiError.badRequest("Invalid UUID string: " + text);
		}
		return text.toLowerCase(Locale.ROOT);
	}

	static void requireAdmin(ApiRequest request) {
		if (!request.caller().isAdmin()) {
			throw ApiError.forbidden("Access denied: the Admin API or Administrator role is required");
		}
	}

	static void requireAdminOrSelf(ApiRequest request, String userId) {
		if (!userId.equals(request.caller().userId())) {
			requireAdmin(request);
		}
	}

	static ApiError notAllowed(ApiRequest request) {
		return new ApiError(405, "Method " + request.method() + " not allowed on " + request.path());
	}

}
