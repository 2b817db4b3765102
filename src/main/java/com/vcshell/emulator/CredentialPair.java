package com.vcshell.emulator;

import java.time.Instant;

import com.vcshell.auth.ApiCredentials;

/**
 * A credential pair the tenant issued to a user, active or revoked.
 *
 * @param credentials the id and secret, for verifying signatures
 * @param revoked when it was revoked, or {@code null} while active
 */
record CredentialPair(ApiCredentials credentials, String userId, Instant created, Instant expiration, Instant revoked) {

	String apiId() {
		return this.credentials.apiId();
	}

	boolean isRevoked() {
		return this.revoked != null;
	}

	boolean isExpiredAt(Instant now) {
		return !this.expiration.isAfter(now);
	}

	CredentialPair revokedAt(Instant when) {
		return new CredentialPair(this.credentials, this.userId, this.created, this.expiration, when);
	}

	/** Says whose pair it is and its state; the secret stays masked. */
	@Override
	public String toString() {
		return "CredentialPair[apiId=" + apiId() + ", secret=" + this.credentials.maskedSecret() + ", user="
				+ this.userId + ", expiration=" + this.expiration + ", revoked=" + this.revoked + "]";
	}

}
