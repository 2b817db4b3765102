package com.vcshell.identity;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What the Identity API tells about a credential pair (never its secret).
 *
 * @param apiId the signing id
 * @param expiration when it expires, if known
 * @param created when it was generated, if known
 * @param revoked when it was revoked, or {@code null}
 * @param revokedBy the administrator who revoked it, if any
 * @param lastUsed when it last signed a request, if known
 * @param userId the account it belongs to, if given
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiCredentialsInfo(@JsonProperty("api_id") @Nullable String apiId,
		@JsonProperty("expiration_ts") @Nullable Instant expiration,
		@JsonProperty("created_ts") @Nullable Instant created, @JsonProperty("revocation_ts") @Nullable Instant revoked,
		@JsonProperty("revocation_user") @Nullable String revokedBy,
		@JsonProperty("last_used_ts") @Nullable Instant lastUsed, @JsonProperty("user_id") @Nullable String userId) {

	/** No credentials: what an empty answer means. */
	static final ApiCredentialsInfo NONE = new ApiCredentialsInfo(null, null, null, null, null, null, null);

	/** Whether the API reported a revocation. */
	public boolean isRevoked() {
		return this.revoked != null;
	}

	/** Whether there is a pair at all (an account may have none). */
	public boolean exists() {
		return this.apiId != null && !this.apiId.isBlank();
	}

}
