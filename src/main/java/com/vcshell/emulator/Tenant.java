package com.vcshell.emulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vcshell.auth.ApiCredentials;

/**
 * The emulated tenant, in memory: users and the credential pairs issued to them. Each
 * user has at most one active pair; issuing a new one revokes the old one at once.
 * Thread-safe: every method holds the tenant's lock.
 */
final class Tenant {

	/** Lifetime of generated credentials, as Veracode's usual organisation TTL. */
	static final Duration CREDENTIAL_TTL = Duration.ofDays(365);

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, TenantUser> users = new LinkedHashMap<>();

	private final Map<String, CredentialPair> pairs = new HashMap<>();

	private final Map<String, String> activeByUser = new HashMap<>();

	Tenant(Clock clock) {
		this.clock = clock;
	}

	synchronized void addUser(TenantUser user) {
		this.users.put(user.userId(), user);
	}

	/** Issues the given pair to the user, revoking the user's active pair. */
	synchronized CredentialPair issue(String userId, ApiCredentials credentials, Instant created, Instant expiration) {
		revokeActive(userId);
		CredentialPair pair = new CredentialPair(credentials, userId, created, expiration, null);
		this.pairs.put(pair.apiId(), pair);
		this.activeByUser.put(userId, pair.apiId());
		return pair;
	}

	/**
	 * Generates a fresh random pair for the user (32-hex id, 128-hex secret, expiry one
	 * TTL from now), revoking the previous one at once.
	 */
	synchronized CredentialPair generate(String userId) {
		HexFormat hex = HexFormat.of();
		ApiCredentials credentials = ApiCredentials.of(hex.formatHex(randomBytes(16)), hex.formatHex(randomBytes(64)));
		Instant now = this.clock.instant();
		return issue(userId, credentials, now, now.plus(CREDENTIAL_TTL));
	}

	/** Revokes the user's active pair; empty when the user has none. */
	synchronized Optional<CredentialPair> revokeActive(String userId) {
		String apiId = this.activeByUser.remove(userId);
		if (apiId == null) {
			return Optional.empty();
		}
		CredentialPair revoked = this.pairs.get(apiId).revokedAt(this.clock.instant());
		this.pairs.put(apiId, revoked);
		return Optional.of(revoked);
	}

	/** Revokes a pair by its API id; empty when unknown or already revoked. */
	synchronized Optional<CredentialPair> revoke(String apiId) {
		CredentialPair pair = this.pairs.get(apiId.toLowerCase(Locale.ROOT));
		if (pair == null || pair.isRevoked()) {
			return Optional.empty();
		}
		return revokeActive(pair.userId());
	}

	/** A pair by API id, active or revoked. */
	synchronized Optional<CredentialPair> pair(String apiId) {
		return Optional.ofNullable(this.pairs.get(apiId.toLowerCase(Locale.ROOT)));
	}

	/** How many pairs the user was ever issued, revoked ones included. */
	synchronized long pairCount(String userId) {
		return this.pairs.values().stream().filter((pair) -> pair.userId().equals(userId)).count();
	}

	synchronized Optional<CredentialPair> activePair(String userId) {
		return Optional.ofNullable(this.activeByUser.get(userId)).map(this.pairs::get);
	}

	synchronized Optional<TenantUser> user(String userId) {
		return Optional.ofNullable(this.users.get(userId));
	}

	/** Every user, ordered by user name. */
	synchronized List<TenantUser> users() {
		return this.users.values()
			.stream()
			.sorted(Comparator.comparing((TenantUser user) -> user.userName().toLowerCase(Locale.ROOT)))
			.toList();
	}

	private byte[] randomBytes(int size) {
		byte[] bytes = new byte[size];
		this.random.nextBytes(bytes);
		return bytes;
	}

}
