package com.vcshell.identity;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.Region;

import org.springframework.http.HttpHeaders;

/**
 * The likely cause of a 401, in the order worth checking: a key from another region than
 * the API host, a local clock far from the server's {@code Date}, else a revoked, expired
 * or wrong key.
 */
final class UnauthorizedDiagnosis {

	/** More skew than this is reported; Veracode does not document its window. */
	static final Duration SKEW_LIMIT = Duration.ofSeconds(60);

	private final Supplier<ApiCredentials> credentials;

	private final Clock clock;

	UnauthorizedDiagnosis(Supplier<ApiCredentials> credentials, Clock clock) {
		this.credentials = credentials;
		this.clock = clock;
	}

	String diagnose(URI uri, HttpHeaders responseHeaders) {
		String wrongRegion = wrongRegion(uri.getHost());
		if (wrongRegion != null) {
			return wrongRegion;
		}
		Long skew = skewSeconds(responseHeaders);
		if (skew != null && Math.abs(skew) > SKEW_LIMIT.toSeconds()) {
			return "clock skew: this machine's clock is " + Math.abs(skew) + " s "
					+ ((skew > 0) ? "ahead of" : "behind") + " the server's; sync it with NTP";
		}
		return "the key may be revoked, expired or wrong; check the profile (profile show) or generate new credentials";
	}

	private String wrongRegion(String host) {
		Region hostRegion = Region.forHost(host);
		if (hostRegion == null) {
			return null;
		}
		Region keyRegion;
		try {
			keyRegion = this.credentials.get().region();
		}
		catch (RuntimeException ex) {
			return null;
		}
		if (keyRegion == hostRegion) {
			return null;
		}
		return "wrong region: the key is for " + keyRegion.label() + " (" + keyRegion.restHost()
				+ ") but requests go to " + host;
	}

	/** Local time minus the server's {@code Date}, in seconds; null when unknown. */
	private Long skewSeconds(HttpHeaders headers) {
		try {
			long serverMillis = headers.getFirstDate(HttpHeaders.DATE);
			if (serverMillis < 0) {
				return null;
			}
			return (this.clock.millis() - serverMillis) / 1000;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
