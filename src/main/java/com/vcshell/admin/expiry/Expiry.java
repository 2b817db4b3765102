package com.vcshell.admin.expiry;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What {@code expiration} tells about one credential pair: never its secret.
 *
 * @param apiId the pair's api id, in full; {@code null} when there is none
 * @param expiration when it expires (UTC), if known
 * @param daysLeft whole days until it expires, rounded down (negative once expired)
 * @param status its status
 */
public record Expiry(@Nullable String apiId, @Nullable Instant expiration, @Nullable Long daysLeft,
		ExpiryStatus status) {

	/** An account without credentials. */
	public static Expiry none() {
		return new Expiry(null, null, null, ExpiryStatus.NONE);
	}

}
