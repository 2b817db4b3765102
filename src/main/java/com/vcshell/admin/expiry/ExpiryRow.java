package com.vcshell.admin.expiry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

import com.vcshell.identity.User;

/**
 * One line of {@code expiration}: an account and its pair's expiry, as tables, CSV and
 * JSON show it ({@code null} fields are left out of JSON).
 *
 * @param userName the account's user name, when known
 * @param userId the account's id, when known
 * @param apiId the pair's api id, in full
 * @param expiration the expiry, UTC, to the second
 * @param daysLeft whole days left (negative once expired)
 * @param status {@code valid}, {@code expiring}, {@code expired}, {@code revoked},
 * {@code none}, or {@code error} when the account's credentials could not be read
 * @param error why they could not be read
 */
public record ExpiryRow(@Nullable String userName, @Nullable String userId, @Nullable String apiId,
		@Nullable Instant expiration, @Nullable Long daysLeft, String status, @Nullable String error) {

	public static ExpiryRow of(@Nullable User user, Expiry expiry) {
		Instant expiration = (expiry.expiration() != null) ? expiry.expiration().truncatedTo(ChronoUnit.SECONDS) : null;
		return new ExpiryRow((user != null) ? user.userName() : null, (user != null) ? user.userId() : null,
				expiry.apiId(), expiration, expiry.daysLeft(), expiry.status().label(), null);
	}

	public static ExpiryRow failed(User user, String error) {
		return new ExpiryRow(user.userName(), user.userId(), null, null, null, ExpiryStatus.ERROR.label(), error);
	}

	boolean isError() {
		return ExpiryStatus.ERROR.label().equals(this.status);
	}

}
