package com.vcshell.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The nonces seen per API id, remembered for as long as a request carrying them could
 * still pass the timestamp check, so a replayed header is refused.
 */
final class NonceCache {

	private final Duration window;

	private final Map<String, Instant> seen = new HashMap<>();

	/**
	 * @param window how long a nonce is remembered after its request's timestamp
	 */
	NonceCache(Duration window) {
		this.window = window;
	}

	/**
	 * Records the nonce of a request.
	 * @return {@code false} when this id already used this nonce within the window
	 */
	synchronized boolean firstUse(String apiId, String nonceHex, Instant requestTime, Instant now) {
		evict(now);
		String key = apiId + ":" + nonceHex;
		if (this.seen.containsKey(key)) {
			return false;
		}
		Instant keepUntil = requestTime.plus(this.window);
		this.seen.put(key, keepUntil.isAfter(now) ? keepUntil : now.plus(this.window));
		return true;
	}

	private void evict(Instant now) {
		Iterator<Instant> it = this.seen.values().iterator();
		while (it.hasNext()) {
			if (it.next().isBefore(now)) {
				it.remove();
			}
		}
	}

}
