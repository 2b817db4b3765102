package com.vcshell.admin.users;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.vcshell.identity.Role;
import com.vcshell.identity.User;
import com.vcshell.admin.expiry.Expiry;
import com.vcshell.admin.expiry.ExpiryRow;

/**
 * A user as {@code users} shows it.
 *
 * @param userName the user name
 * @param userId the user id
 * @param accountType {@code API} or {@code USER}
 * @param emailAddress the e-mail address
 * @param firstName first name, when known
 * @param lastName last name, when known
 * @param roles the roles, as the platform names them
 * @param admin whether it may administer other accounts
 * @param apiId its credentials' api id ({@code users show} only, when present)
 * @param expiration its credentials' expiry
 * @param daysLeft days left until then
 * @param status its credentials' status
 */
public record UserRow(@Nullable String userName, @Nullable String userId, String accountType,
		@Nullable String emailAddress, @Nullable String firstName, @Nullable String lastName, List<String> roles,
		boolean admin, @Nullable String apiId, @Nullable Instant expiration, @Nullable Long daysLeft,
		@Nullable String status) {

	/** A row from a list or search result (no credentials). */
	public static UserRow of(User user) {
		return new UserRow(user.userName(), user.userId(), accountType(user), user.emailAddress(), user.firstName(),
				user.lastName(), roles(user), user.isAdmin(), null, null, null, null);
	}

	/** Details with the credentials' expiry. */
	public static UserRow of(User user, Expiry expiry) {
		ExpiryRow credentials = ExpiryRow.of(user, expiry);
		return new UserRow(user.userName(), user.userId(), accountType(user), user.emailAddress(), user.firstName(),
				user.lastName(), roles(user), user.isAdmin(), credentials.apiId(), credentials.expiration(),
				credentials.daysLeft(), credentials.status());
	}

	public static String accountType(User user) {
		return user.isApiAccount() ? "API" : "USER";
	}

	public static List<String> roles(User user) {
		return user.roles()
			.stream()
			.map((Role role) -> (role.roleDescription() != null) ? role.roleDescription() : role.roleName())
			.filter(Objects::nonNull)
			.toList();
	}

}
