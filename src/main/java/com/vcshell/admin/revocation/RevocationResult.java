package com.vcshell.admin.revocation;

import org.jspecify.annotations.Nullable;

/**
 * What a {@code revoke} did.
 *
 * @param apiId the revoked api id, when known
 * @param user the user whose pair was revoked, when it was not the session's own
 * @param note what the user should do next ({@code revoke self}: the profile is locked
 * out)
 * @param dryRun whether the request was only printed: nothing revoked
 */
public record RevocationResult(@Nullable String apiId, @Nullable String user, @Nullable String note, boolean dryRun) {

	static RevocationResult dryRunOnly() {
		return new RevocationResult(null, null, null, true);
	}

}
