package com.vcshell.admin.fleet;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vcshell.admin.Arguments;
import com.vcshell.admin.delivery.DeliveryPair;
import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.InvalidCredentialsException;
import com.vcshell.identity.ApiCredentialsInfo;
import com.vcshell.identity.ApiHosts;
import com.vcshell.identity.VeracodeApiException;
import com.vcshell.profile.ActiveProfile;

/**
 * Proves a new pair works: a signed call made with the new key itself ({@code GET} own
 * credentials), to the session's API host, within the host's shared rate limit.
 */
@Component
class NewKeyCheck {

	private final ApiHosts hosts;

	private final ActiveProfile active;

	NewKeyCheck(ApiHosts hosts, ActiveProfile active) {
		this.hosts = hosts;
		this.active = active;
	}

	/** {@code null} when the new key works, else why not. */
	@Nullable String failure(DeliveryPair pair) {
		try {
			ApiCredentials credentials = ApiCredentials.of(pair.apiId(), pair.apiSecret());
			ApiCredentialsInfo own = this.hosts.client(this.active.require().apiBaseUrl(), () -> credentials)
				.ownCredentials();
			if (own.apiId() == null || !Arguments.bareApiId(own.apiId()).equals(credentials.apiId())) {
				return "the API answered the new key's call for another api id (" + own.apiId() + ")";
			}
			return null;
		}
		catch (VeracodeApiException | InvalidCredentialsException ex) {
			return "the signed call with the new key failed: " + ex.getMessage();
		}
	}

}
