package com.vcshell.profile;

/**
 * One row of {@code profile list}: never the secret, the key id only masked.
 *
 * @param name the profile name (of an unusable profile: masked and escaped)
 * @param maskedApiId {@code ****} plus the last 4 of the key id, or {@code null} when the
 * profile is unusable
 * @param region {@code global}, {@code eu}, {@code fedramp} or a custom host;
 * {@code null} when unusable
 * @param apiBaseUrl the API base URL, or {@code null} when unusable
 * @param active whether the session signs with it
 * @param source where it comes from
 * @param problem why it is unusable, or {@code null}
 */
public record ProfileSummary(String name, String maskedApiId, String region, String apiBaseUrl, boolean active,
		Profile.Source source, String problem) {

	static ProfileSummary of(Profile profile, boolean active) {
		return new ProfileSummary(profile.name(), profile.credentials().maskedApiId(), profile.regionLabel(),
				profile.apiBaseUrl().toString(), active, profile.source(), null);
	}

	/** A profile that cannot be used; its name as {@link SafeText} shows it. */
	static ProfileSummary unusable(String name, String problem) {
		return new ProfileSummary(SafeText.of(name), null, null, null, false, Profile.Source.FILE, problem);
	}

}
