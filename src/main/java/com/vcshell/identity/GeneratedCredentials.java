package com.vcshell.identity;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

import com.vcshell.auth.Masking;

/**
 * A freshly generated credential pair: the only time the API shows the secret. The caller
 * must persist it before anything else; {@link #toString()} masks it.
 *
 * @param apiId the new signing id
 * @param apiSecret the new secret, in hex (possibly region-prefixed)
 * @param expiration when the new pair expires, if given
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GeneratedCredentials(@JsonProperty("api_id") @Nullable String apiId,
		@JsonProperty("api_secret") @Nullable String apiSecret,
		@JsonProperty("expiration_ts") @Nullable Instant expiration) {

	/** The placeholder a dry run returns: no id, no secret; never save it. */
	static final GeneratedCredentials DRY_RUN = new GeneratedCredentials(null, null, null);

	/**
	 * The pair in a raw answer to a generate (one kept in a pending journal, say).
	 * @return the pair, or {@code null} when the body is not the JSON expected; check
	 * {@link #isComplete()}
	 */
	public static @Nullable GeneratedCredentials fromAnswer(byte[] body) {
		return read(new IdentityJson(), body);
	}

	static @Nullable GeneratedCredentials read(IdentityJson json, byte[] body) {
		try {
			return json.read(body, GeneratedCredentials.class);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** {@code ****} plus the last 4 characters of the secret. */
	public String maskedSecret() {
		return Masking.mask(this.apiSecret);
	}

	/** Whether the response held a usable pair (both id and secret). */
	public boolean isComplete() {
		return this.apiId != null && !this.apiId.isBlank() && this.apiSecret != null && !this.apiSecret.isBlank();
	}

	@Override
	public String toString() {
		return "GeneratedCredentials[apiId=" + this.apiId + ", apiSecret=" + maskedSecret() + ", expiration="
				+ this.expiration + "]";
	}

}
