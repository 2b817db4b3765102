package com.vcshell.admin.rotation;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a freshly generated secret goes, decided before the API call (design §1).
 *
 * @param saveAs a profile of the credentials file to write the pair into
 * @param replacesProfile whether that profile exists already (and is not simply the
 * active one being rotated)
 * @param out a new credentials file to create
 * @param reveal whether to print the secret in full once
 * @param apiBaseUrl the base URL to record with the pair, or {@code null} to leave it
 * @param tenantUrl the session's base URL when it is not the key region's default (for a
 * rescue file), else {@code null}
 */
record Destinations(@Nullable String saveAs, boolean replacesProfile, @Nullable Path out, boolean reveal,
		@Nullable URI apiBaseUrl, @Nullable URI tenantUrl) {

	/** The section a rescue file holds: the intended profile, else {@code default}. */
	String rescueSection() {
		return (this.saveAs != null) ? this.saveAs : "default";
	}

	/** The extra words for the confirmation question. */
	String confirmationSuffix() {
		List<String> parts = new ArrayList<>();
		if (this.replacesProfile) {
			parts.add("replace the keys of profile [" + this.saveAs + "]");
		}
		if (this.out != null) {
			parts.add("write them to the new file " + this.out);
		}
		return parts.isEmpty() ? "" : " and " + String.join(" and ", parts);
	}

}
