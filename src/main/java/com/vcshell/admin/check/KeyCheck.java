package com.vcshell.admin.check;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What {@code profile check} found out about one profile's key: never its secret, the key
 * id masked.
 *
 * @param profile the profile name (an unusable one as the profile list shows it)
 * @param account the user name of the account behind the key, when it could be read
 * @param region {@code global}, {@code eu}, {@code fedramp} or the custom host; unknown
 * for a malformed profile
 * @param apiBaseUrl where the profile's requests go; unknown for a malformed profile
 * @param maskedApiId {@code ****} plus the key id's last 4 characters
 * @param expiration when the key expires (UTC, to the second), if the API said
 * @param daysLeft whole days left, rounded down (negative once expired)
 * @param status the verdict
 * @param problem why the status is not {@code valid}, in one line: the API's error with
 * its diagnosis, the deadline, or the file's problem
 */
public record KeyCheck(String profile, @Nullable String account, @Nullable String region, @Nullable String apiBaseUrl,
		@Nullable String maskedApiId, @Nullable Instant expiration, @Nullable Long daysLeft, KeyStatus status,
		@Nullable String problem) {

	/** Whether the key is good for longer than the threshold. */
	public boolean valid() {
		return this.status == KeyStatus.VALID;
	}

}
