package com.vcshell.profile;

import java.net.URI;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.InvalidCredentialsException;
import com.vcshell.profile.CredentialsFile.Entry;
import com.vcshell.profile.CredentialsFile.Section;

/**
 * Turns a section of the credentials file, or the environment pair, into a
 * {@link Profile}: checks the keys and works out the API base URL. Every message names
 * the file, line and profile, and never the secret.
 */
final class ProfileReader {

	static final String ENV_ID = "VERACODE_API_KEY_ID";

	static final String ENV_SECRET = "VERACODE_API_KEY_SECRET";

	static final String ENV_BASE_URL = "VCSHELL_API_BASE_URL";

	private ProfileReader() {
	}

	/**
	 * The profile of a file section.
	 * @param envBaseUrl {@code VCSHELL_API_BASE_URL}, or {@code null}
	 */
	static Profile fromSection(CredentialsFile file, Section section, String envBaseUrl) {
		String where = file.where(section.line(), section);
		String nameProblem = ProfileNames.problem(section.name());
		if (nameProblem != null) {
			throw new ProfileException(where + ": the profile name " + nameProblem + "; rename the section to use it");
		}
		ApiCredentials credentials = credentials(file, section, where);
		URI baseUrl;
		if (envBaseUrl != null) {
			baseUrl = ApiBaseUrl.parse(envBaseUrl, ENV_BASE_URL);
		}
		else {
			baseUrl = section.entry(CredentialsFile.KEY_BASE_URL)
				.map(url -> ApiBaseUrl.parse(url.value(), file.where(url.line(), section)))
				.orElse(credentials.region().baseUrl());
		}
		return new Profile(section.name(), credentials, baseUrl, Profile.Source.FILE);
	}

	private static ApiCredentials credentials(CredentialsFile file, Section section, String where) {
		Entry id = required(file, section, CredentialsFile.KEY_ID, where);
		Entry secret = required(file, section, CredentialsFile.KEY_SECRET, where);
		try {
			return ApiCredentials.of(id.value(), secret.value());
		}
		catch (InvalidCredentialsException ex) {
			throw new ProfileException(lineOf(file, ex.getMessage(), id, secret) + " (profile ["
					+ SafeText.of(section.name()) + "]): " + ex.getMessage());
		}
	}

	/**
	 * The {@code env} profile from {@code VERACODE_API_KEY_ID} and
	 * {@code VERACODE_API_KEY_SECRET}.
	 */
	static Profile fromEnvironment(String id, String secret, String envBaseUrl) {
		ApiCredentials credentials;
		try {
			credentials = ApiCredentials.of(id, secret);
		}
		catch (InvalidCredentialsException ex) {
			throw new ProfileException("invalid credentials in " + ENV_ID + "/" + ENV_SECRET + ": " + ex.getMessage());
		}
		URI baseUrl = (envBaseUrl != null) ? ApiBaseUrl.parse(envBaseUrl, ENV_BASE_URL)
				: credentials.region().baseUrl();
		return new Profile(Profile.ENVIRONMENT_NAME, credentials, baseUrl, Profile.Source.ENVIRONMENT);
	}

	private static Entry required(CredentialsFile file, Section section, String key, String where) {
		Entry entry = section.entry(key).orElseThrow(() -> new ProfileException(where + ": missing " + key));
		if (entry.value().isEmpty()) {
			throw new ProfileException(file.where(entry.line(), section) + ": " + key + " is empty");
		}
		return entry;
	}

	/** The line a credential problem is on: the id's, the secret's, or both. */
	private static String lineOf(CredentialsFile file, String message, Entry id, Entry secret) {
		boolean aboutId = message.contains("key id");
		boolean aboutSecret = message.contains("secret");
		if (aboutId && aboutSecret) {
			return SafeText.path(file.path()) + " lines " + Math.min(id.line(), secret.line()) + " and "
					+ Math.max(id.line(), secret.line());
		}
		return file.where(aboutSecret ? secret.line() : id.line());
	}

}
