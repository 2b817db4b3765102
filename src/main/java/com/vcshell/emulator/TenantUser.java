package com.vcshell.emulator;

import java.util.List;

/**
 * A user of the emulated tenant: a person ({@code USER}) or an API service account
 * ({@code API}).
 *
 * @param userId a UUID in its canonical lower-case form
 * @param roles role names and descriptions, e.g. {@code extadmin} "Admin API"
 * @param permissions permission names, e.g. {@code apiUser}
 */
record TenantUser(String userId, String userName, String emailAddress, String firstName, String lastName,
		AccountType accountType, List<Role> roles, List<String> permissions) {

	/** Roles that may administer other users and their credentials. */
	private static final List<String> ADMIN_ROLES = List.of("extadmin", "administrator");

	TenantUser {
		roles = List.copyOf(roles);
		permissions = List.copyOf(permissions);
	}

	boolean isAdmin() {
		return this.roles.stream().anyMatch((role) -> ADMIN_ROLES.contains(role.name()));
	}

	boolean isApiUser() {
		return this.accountType == AccountType.API;
	}

	enum AccountType {

		USER, API

	}

	record Role(String name, String description) {
	}

}
