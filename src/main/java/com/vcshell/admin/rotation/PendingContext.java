package com.vcshell.admin.rotation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a pending journal entry records about a generate, so that the next start can put
 * its pair where it was meant to go (never a secret).
 *
 * @param operation {@code generate-self} or {@code generate-user}
 * @param profile the profile the request was signed with
 * @param apiBaseUrl where the request went
 * @param targetUserName the user it was for ({@code generate user}), when known
 * @param targetUserId that user's id
 * @param saveAs the profile to save the pair into, if any
 * @param credentialsFile the credentials file holding that profile
 * @param out the new credentials file asked for, if any
 * @param rescueSection the section for a rescue file
 * @param recordBaseUrl the base URL to record with a saved pair, if any
 * @param tenantUrl the base URL to record in a rescue file, if any
 * @param time when the entry was made (as read back)
 */
record PendingContext(String operation, String profile, String apiBaseUrl, @Nullable String targetUserName,
		@Nullable String targetUserId, @Nullable String saveAs, @Nullable String credentialsFile, @Nullable String out,
		String rescueSection, @Nullable String recordBaseUrl, @Nullable String tenantUrl, @Nullable String time) {

	/** The fields as the journal records them. */
	Map<String, String> toMap() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("operation", this.operation);
		fields.put("profile", this.profile);
		fields.put("api_base_url", this.apiBaseUrl);
		put(fields, "target_user_name", this.targetUserName);
		put(fields, "target_user_id", this.targetUserId);
		put(fields, "save_as", this.saveAs);
		put(fields, "credentials_file", this.credentialsFile);
		put(fields, "out", this.out);
		fields.put("rescue_section", this.rescueSection);
		put(fields, "record_base_url", this.recordBaseUrl);
		put(fields, "tenant_url", this.tenantUrl);
		return fields;
	}

	/** The fields read back from an entry; missing ones are {@code null} (or "?"). */
	static PendingContext of(Map<String, String> fields) {
		return new PendingContext(fields.getOrDefault("operation", "generate"), fields.getOrDefault("profile", "?"),
				fields.getOrDefault("api_base_url", "?"), fields.get("target_user_name"), fields.get("target_user_id"),
				fields.get("save_as"), fields.get("credentials_file"), fields.get("out"),
				fields.getOrDefault("rescue_section", "default"), fields.get("record_base_url"),
				fields.get("tenant_url"), fields.get("time"));
	}

	/** The generate in a few words: "generate self (profile [p], <time>)". */
	String describe() {
		String what = isSelf() ? "generate self" : "generate user " + user();
		return what + " (profile [" + this.profile + "]" + ((this.time != null) ? ", " + this.time : "") + ")";
	}

	/** The command that shows whether the generate happened. */
	String checkCommand() {
		return isSelf() ? "expiration self" : "expiration user " + user();
	}

	private boolean isSelf() {
		return this.targetUserName == null && this.targetUserId == null;
	}

	private String user() {
		return (this.targetUserId != null) ? this.targetUserId : String.valueOf(this.targetUserName);
	}

	private static void put(Map<String, String> fields, String key, @Nullable Object value) {
		if (value != null) {
			fields.put(key, value.toString());
		}
	}

}
