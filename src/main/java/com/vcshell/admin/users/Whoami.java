package com.vcshell.admin.users;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * {@code whoami}: the account behind the active profile.
 *
 * @param userName its user name
 * @param userId its user id
 * @param accountType {@code API} or {@code USER}
 * @param roles its roles, as the platform names them
 * @param admin whether it may administer other accounts
 * @param profile the active profile
 * @param apiHost the API host requests go to
 * @param apiId the api id of the key this session signs with, in full
 */
public record Whoami(@Nullable String userName, @Nullable String userId, String accountType, List<String> roles,
		boolean admin, String profile, String apiHost, String apiId) {

}
