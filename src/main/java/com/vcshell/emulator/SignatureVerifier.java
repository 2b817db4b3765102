package com.vcshell.emulator;

import java.net.URI;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vcshell.auth.HmacSigner;

/**
 * Verifies a request's {@code VERACODE-HMAC-SHA-256} header the way Veracode does: looks
 * the key up by its id, recomputes the signature with the same key chain
 * ({@link HmacSigner}) over the host without port, the raw path and query as received,
 * and the upper-cased method, and compares in constant time. Then checks the timestamp
 * against the clock and refuses a nonce seen before.
 */
final class SignatureVerifier {

	/** How far a request's timestamp may be from the emulator's clock. */
	static final Duration WINDOW = Duration.ofMinutes(5);

	private static final HexFormat HEX = HexFormat.of();

	private final Tenant tenant;

	private final Clock clock;

	private final NonceCache nonces = new NonceCache(WINDOW);

	SignatureVerifier(Tenant tenant, Clock clock) {
		this.tenant = tenant;
		this.clock = clock;
	}

	/**
	 * The credential pair that signed the request.
	 * @param hostHeader the {@code Host} header as received (a port is ignored)
	 * @param requestUri the request-target as received (raw path and query are used)
	 * @throws ApiError 401 for every reason a request is not authenticated
	 */
	CredentialPair verify(String method, String hostHeader, URI requestUri, String authorization) {
		Map<String, String> fields = parse(authorization);
		String apiId = fields.get("id").toLowerCase(Locale.ROOT);
		CredentialPair pair = this.tenant.pair(apiId)
			.orElseThrow(() -> ApiError.unauthorized("Unknown API credentials (id " + apiId + ")"));
		Instant now = this.clock.instant();
		if (pair.isRevoked()) {
			throw ApiError.unauthorized("API credentials " + apiId + " have been revoked");
		}
		if (pair.isExpiredAt(now)) {
			throw ApiError.unauthorized("API credentials " + apiId + " have expired");
		}
		if (hostHeader == null || hostHeader.isBlank()) {
			throw ApiError.unauthorized("Missing Host header; the signature covers the host");
		}
		byte[] nonce = HEX.parseHex(fields.get("nonce"));
		Instant timestamp = Instant.ofEpochMilli(Long.parseLong(fields.get("ts")));
		HmacSigner.Signature expected = HmacSigner.sign(pair.credentials(), method, hostWithoutPort(hostHeader),
				HmacSigner.pathAndQuery(requestUri), timestamp, nonce);
		if (!MessageDigest.isEqual(HEX.parseHex(expected.sig()), HEX.parseHex(fields.get("sig")))) {
			throw ApiError.unauthorized("Invalid HMAC signature");
		}
		if (Duration.between(timestamp, now).abs().compareTo(WINDOW) > 0) {
			throw ApiError.unauthorized("Request timestamp " + timestamp + " is more than " + WINDOW.toMinutes()
					+ " minutes away from server time " + now);
		}
		if (!this.nonces.firstUse(apiId, HEX.formatHex(nonce), timestamp, now)) {
			throw ApiError.unauthorized("Nonce already used: the request was replayed");
		}
		return pair;
	}

	/**
	 * The four fields of {@code VERACODE-HMAC-SHA-256 id=..,ts=..,nonce=..,sig=..}, each
	 * present once and well-formed.
	 */
	static Map<String, String> parse(String authorization) {
		if (authorization == null || authorization.isBlank()) {
			throw ApiError.unauthorized("Missing Authorization header");
		}
		String prefix = HmacSigner.SCHEME + " ";
		if (!authorization.startsWith(prefix)) {
			throw ApiError.unauthorized("Authorization scheme must be " + HmacSigner.SCHEME);
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (String part : authorization.substring(prefix.length()).strip().split(",")) {
			int eq = part.indexOf('=');
			if (eq <= 0 || fields.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip()) != null) {
				throw malformed();
			}
		}
		if (!fields.keySet().equals(Set.of("id", "ts", "nonce", "sig"))) {
			throw malformed();
		}
		if (!isHex(fields.get("id"), 32, 32) || !isHex(fields.get("nonce"), 2, 128) || !isHex(fields.get("sig"), 64, 64)
				|| !fields.get("ts").matches("[1-9][0-9]{0,17}")) {
			throw malformed();
		}
		return fields;
	}

	private static boolean isHex(String value, int minLength, int maxLength) {
		return value.length() >= minLength && value.length() <= maxLength && value.length() % 2 == 0
				&& value.chars().allMatch((c) -> Character.digit(c, 16) >= 0);
	}

	private static ApiError malformed() {
		return ApiError.unauthorized("Malformed Authorization header: expected " + HmacSigner.SCHEME
				+ " id=<api id>,ts=<epoch millis>,nonce=<hex>,sig=<hex>");
	}

	/**
	 * The host name of a {@code Host} header: no port, lower-case; IPv6 brackets kept.
	 */
	static String hostWithoutPort(String hostHeader) {
		String host = hostHeader.strip();
		int colon = host.lastIndexOf(':');
		if (colon >= 0 && colon > host.lastIndexOf(']')) {
			host = host.substring(0, colon);
		}
		return host.toLowerCase(Locale.ROOT);
	}

}
