package com.vcshell.identity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A Veracode user or API service account. List and search results carry fewer fields than
 * a single-user read; missing ones are {@code null} (lists empty).
 *
 * @param userId the GUID used in {@code /user_id/{id}} paths
 * @param userName the login or service account name
 * @param emailAddress the e-mail address
 * @param firstName first name
 * @param lastName last name
 * @param accountType {@code USER} or {@code API}
 * @param apiUser whether the API flags it as an API account
 * @param roles its roles
 * @param apiCredentials its current credential pair, when the API includes it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record User(@JsonProperty("user_id") @Nullable String userId,
		@JsonProperty("user_name") @Nullable String userName,
		@JsonProperty("email_address") @Nullable String emailAddress,
		@JsonProperty("first_name") @Nullable String firstName, @JsonProperty("last_name") @Nullable String lastName,
		@JsonProperty("account_type") @Nullable String accountType, @JsonProperty("api_user") @Nullable Boolean apiUser,
		@JsonProperty("roles") @Nullable List<Role> roles,
		@JsonProperty("api_credentials") @Nullable ApiCredentialsInfo apiCredentials) {

	private static final Set<String> ADMIN_ROLES = Set.of("extadmin", "administrator", "teamadmin");

	private static final Set<String> ADMIN_DESCRIPTIONS = Set.of("admin api", "administrator", "team admin");

	public User {
		roles = (roles != null) ? List.copyOf(roles) : List.of();
	}

	/** Whether this is an API service account. */
	public boolean isApiAccount() {
		return "API".equalsIgnoreCase(this.accountType) || Boolean.TRUE.equals(this.apiUser);
	}

	/**
	 * Whether the account may administer others: Admin API ({@code extadmin}),
	 * Administrator or Team Admin.
	 */
	public boolean isAdmin() {
		return roles().stream().anyMatch(User::isAdminRole);
	}

	private static boolean isAdminRole(Role role) {
		return (role.roleName() != null && ADMIN_ROLES.contains(role.roleName().toLowerCase(Locale.ROOT)))
				|| (role.roleDescription() != null
						&& ADMIN_DESCRIPTIONS.contains(role.roleDescription().toLowerCase(Locale.ROOT)));
	}

}
