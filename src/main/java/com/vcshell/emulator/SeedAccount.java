package com.vcshell.emulator;

import com.vcshell.auth.Masking;

/**
 * An account of the emulator's seeded tenant, with the credential pair it was seeded
 * with. The same values on every start: the seed is fixed.
 *
 * @param userId the user's id (a UUID)
 * @param userName the user name
 * @param apiId the seeded API id (32 hex), or {@code null} when none was ever issued
 * @param apiSecret the seeded API secret (128 hex), or {@code null} when none was issued
 */
public record SeedAccount(String userId, String userName, String apiId, String apiSecret) {

	/** Whether the account was seeded with a credential pair. */
	public boolean hasCredentials() {
		return this.apiId != null;
	}

	@Override
	public String toString() {
		String tail = (this.apiSecret != null) ? Masking.mask(this.apiSecret) : "none";
		return "SeedAccount[userId=" + this.userId + ", userName=" + this.userName + ", apiId=" + this.apiId
				+ ", apiSecret=" + tail + "]";
	}

}
