package com.vcshell.admin;

import java.net.URI;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The last resort for a freshly generated pair that could be saved nowhere, not even in a
 * rescue file (design §1): it is shown to the user, with a warning, so that it is not
 * lost with the process.
 */
@FunctionalInterface
public interface EmergencyOutput {

	/**
	 * Shows the pair as a credentials-file section, where it can: each write is checked,
	 * and a stream that fails (closed, a full disk, a file size limit) is not counted.
	 * @param section the profile it was meant for
	 * @param apiBaseUrl the tenant's base URL when not the key region's default
	 * @return where the pair was written in full ("standard error", "standard output"),
	 * or empty when nowhere
	 */
	Optional<String> write(String section, String apiId, String apiSecret, @Nullable URI apiBaseUrl);

}
