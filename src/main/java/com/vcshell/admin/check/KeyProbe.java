package com.vcshell.admin.check;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

import com.vcshell.admin.expiry.Expiry;
import com.vcshell.admin.expiry.ExpiryClassifier;
import com.vcshell.admin.expiry.ExpiryStatus;
import com.vcshell.identity.IdentityClient;
import com.vcshell.identity.VeracodeApiException;
import com.vcshell.identity.VeracodeApiException.Kind;
import com.vcshell.profile.Profile;

/**
 * Tries one key: {@code GET api_credentials} signed with it (what its status rests on),
 * then, when asked and the key works, {@code GET users/self} for the account's name (a
 * failure there leaves the name out and changes nothing else).
 */
final class KeyProbe {

	private final ExpiryClassifier classifier;

	private final Clock clock;

	KeyProbe(ExpiryClassifier classifier, Clock clock) {
		this.classifier = classifier;
		this.clock = clock;
	}

	KeyCheck probe(Profile profile, IdentityClient client, int expiringDays, boolean withAccount) {
		Expiry expiry;
		try {
			expiry = this.classifier.classify(client.ownCredentials());
		}
		catch (VeracodeApiException ex) {
			return refused(profile, statusOf(ex), ex.getMessage());
		}
		KeyStatus status = status(expiry, expiringDays);
		String account = (withAccount && status != KeyStatus.REVOKED) ? accountName(client) : null;
		Instant expiration = (expiry.expiration() != null) ? expiry.expiration().truncatedTo(ChronoUnit.SECONDS) : null;
		String problem = (status == KeyStatus.REVOKED) ? "the API reports this key revoked" : null;
		return new KeyCheck(profile.name(), account, profile.regionLabel(), profile.apiBaseUrl().toString(),
				profile.credentials().maskedApiId(), expiration, expiry.daysLeft(), status, problem);
	}

	/** A profile whose key was not tried in time. */
	static KeyCheck late(Profile profile, Duration deadline) {
		return refused(profile, KeyStatus.UNREACHABLE,
				"no answer from " + profile.apiHost() + " within " + deadline.toSeconds() + " s");
	}

	/** A profile the credentials file cannot give a key for. */
	static KeyCheck malformed(String name, String problem) {
		return new KeyCheck(name, null, null, null, null, null, null, KeyStatus.MALFORMED, problem);
	}

	private static KeyCheck refused(Profile profile, KeyStatus status, String problem) {
		return new KeyCheck(profile.name(), null, profile.regionLabel(), profile.apiBaseUrl().toString(),
				profile.credentials().maskedApiId(), null, null, status, problem);
	}

	/**
	 * 401: revoked or wrong key (the message carries the diagnosis); 403: forbidden;
	 * anything else means the API could not be asked.
	 */
	private static KeyStatus statusOf(VeracodeApiException ex) {
		if (ex.kind() == Kind.REFUSED) {
			return (ex.status() == 403) ? KeyStatus.FORBIDDEN : KeyStatus.REVOKED;
		}
		return KeyStatus.UNREACHABLE;
	}

	/**
	 * The status of a key that signed a call: an answer without a pair still proves the
	 * key works.
	 */
	private KeyStatus status(Expiry expiry, int expiringDays) {
		if (expiry.status() == ExpiryStatus.REVOKED) {
			return KeyStatus.REVOKED;
		}
		if (expiry.status() == ExpiryStatus.EXPIRED) {
			return KeyStatus.EXPIRED;
		}
		Instant expiration = expiry.expiration();
		if (expiration != null && expiration.isBefore(this.clock.instant().plus(Duration.ofDays(expiringDays)))) {
			return KeyStatus.EXPIRING;
		}
		return KeyStatus.VALID;
	}

	private static @Nullable String accountName(IdentityClient client) {
		try {
			return client.self().userName();
		}
		catch (VeracodeApiException ex) {
			return null;
		}
	}

}
