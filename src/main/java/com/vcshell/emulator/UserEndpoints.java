package com.vcshell.emulator;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import com.vcshell.emulator.TenantUser.AccountType;

/**
 * {@code users/self}, {@code users} (list), {@code users/search} and {@code users/{id}}:
 * filters over the tenant's users, answered as HAL pages.
 */
final class UserEndpoints {

	private final Tenant tenant;

	UserEndpoints(Tenant tenant) {
		this.tenant = tenant;
	}

	ApiResponse handle(ApiRequest request, List<String> rest) {
		if (!request.method().equals("GET")) {
			throw IdentityApi.notAllowed(request);
		}
		if (rest.isEmpty()) {
			IdentityApi.requireAdmin(request);
			return page(request, list(request.params()));
		}
		if (rest.size() != 1) {
			throw ApiError.notFound("No endpoint " + request.path());
		}
		return switch (rest.get(0)) {
			case "self" -> one(request.caller());
			case "search" -> {
				IdentityApi.requireAdmin(request);
				yield page(request, search(request.params()));
			}
			default -> byId(request, IdentityApi.userId(rest.get(0)));
		};
	}

	private ApiResponse byId(ApiRequest request, String userId) {
		IdentityApi.requireAdminOrSelf(request, userId);
		return one(this.tenant.user(userId).orElseThrow(() -> ApiError.notFound("User not found: " + userId)));
	}

	private ApiResponse one(TenantUser user) {
		return ApiResponse.ok(JsonViews.user(user, this.tenant.activePair(user.userId())));
	}

	/** {@code user_name} (exact) and {@code email_address} (comma-separated, exact). */
	private Predicate<TenantUser> list(Map<String, String> params) {
		Predicate<TenantUser> filter = (user) -> true;
		String userName = params.get("user_name");
		if (userName != null) {
			filter = filter.and((user) -> user.userName().equalsIgnoreCase(userName));
		}
		String emails = params.get("email_address");
		if (emails != null) {
			List<String> wanted = Arrays.stream(emails.split(",")).map(String::strip).toList();
			filter = filter.and((user) -> wanted.stream().anyMatch(user.emailAddress()::equalsIgnoreCase));
		}
		return filter;
	}

	/**
	 * {@code search_term} (part of user name, first or last name, email),
	 * {@code user_type} ({@code API} or {@code USER}, any case) and {@code api_id}.
	 */
	private Predicate<TenantUser> search(Map<String, String> params) {
		Predicate<TenantUser> filter = (user) -> true;
		String term = params.get("search_term");
		if (term != null && !term.isBlank()) {
			String needle = term.strip().toLowerCase(Locale.ROOT);
			filter = filter.and((user) -> matches(user, needle));
		}
		String type = params.get("user_type");
		if (type != null) {
			AccountType wanted = accountType(type);
			filter = filter.and((user) -> user.accountType() == wanted);
		}
		String apiId = params.get("api_id");
		if (apiId != null) {
			filter = filter.and((user) -> this.tenant.activePair(user.userId())
				.map((pair) -> pair.apiId().equalsIgnoreCase(apiId))
				.orElse(false));
		}
		return filter;
	}

	private static boolean matches(TenantUser user, String needle) {
		return List.of(user.userName(), user.firstName(), user.lastName(), user.emailAddress())
			.stream()
			.anyMatch((field) -> field.toLowerCase(Locale.ROOT).contains(needle));
	}

	private static AccountType accountType(String value) {
		return switch (value.strip().toUpperCase(Locale.ROOT)) {
			case "API" -> AccountType.API;
			case "USER", "HUMAN" -> AccountType.USER;
			default -> throw ApiError.badRequest("Invalid user_type: " + value + " (expected API or USER)");
		};
	}

	private ApiResponse page(ApiRequest request, Predicate<TenantUser> filter) {
		List<TenantUser> matching = this.tenant.users().stream().filter(filter).toList();
		return ApiResponse
			.hal(HalPage.of(request, matching, (user) -> JsonViews.user(user, this.tenant.activePair(user.userId()))));
	}

}
