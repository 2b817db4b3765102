package com.vcshell.admin.expiry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.vcshell.identity.ApiCredentialsInfo;

/**
 * Decides a pair's status against the clock: {@code expired} when the expiry is now or
 * past, {@code expiring} when under 30 days are left, {@code valid} from 30 days on;
 * {@code revoked} wins over all three, and no pair at all is {@code none}.
 */
@Component
public class ExpiryClassifier {

	/** Pairs closer than this to their expiry are {@code expiring}. */
	static final Duration EXPIRING_WITHIN = Duration.ofDays(30);

	private static final long SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();

	private final Clock clock;

	public ExpiryClassifier(Clock clock) {
		this.clock = clock;
	}

	/** The status of a pair; {@code null} or an empty answer means no pair. */
	public Expiry classify(@Nullable ApiCredentialsInfo info) {
		if (info == null || !info.exists()) {
			return Expiry.none();
		}
		Instant now = this.clock.instant();
		Instant expiration = info.expiration();
		Long daysLeft = (expiration != null)
				? Math.floorDiv(Duration.between(now, expiration).toSeconds(), SECONDS_PER_DAY) : null;
		return new Expiry(info.apiId(), expiration, daysLeft, status(info, expiration, now));
	}

	/**
	 * Whether a pair expires at most {@code days} days from now (expired ones included);
	 * revoked pairs and accounts without a pair never do.
	 */
	public boolean expiresWithin(Expiry expiry, int days) {
		return expiry.expiration() != null && expiry.status() != ExpiryStatus.REVOKED
				&& !expiry.expiration().isAfter(this.clock.instant().plus(Duration.ofDays(days)));
	}

	private static ExpiryStatus status(ApiCredentialsInfo info, @Nullable Instant expiration, Instant now) {
		if (info.isRevoked()) {
			return ExpiryStatus.REVOKED;
		}
		if (expiration == null) {
			return ExpiryStatus.VALID;
		}
		if (!expiration.isAfter(now)) {
			return ExpiryStatus.EXPIRED;
		}
		return expiration.isBefore(now.plus(EXPIRING_WITHIN)) ? ExpiryStatus.EXPIRING : ExpiryStatus.VALID;
	}

}
