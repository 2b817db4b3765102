package com.vcshell.admin;

import org.jspecify.annotations.Nullable;

import com.vcshell.identity.ApiCredentialsInfo;
import com.vcshell.identity.User;
import com.vcshell.identity.VeracodeApiException;

/**
 * An account with its credentials as the API reported them (never a secret).
 *
 * @param account the account
 * @param credentials its pair; {@code null} when it has none (the API answered 404) or
 * when it could not be read
 * @param failure why it could not be read, or {@code null}
 */
public record AccountCredentials(User account, @Nullable ApiCredentialsInfo credentials,
		@Nullable VeracodeApiException failure) {

	/** Whether the credentials could be read (the account may still have none). */
	public boolean read() {
		return this.failure == null;
	}

}
