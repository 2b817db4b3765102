package com.vcshell.profile;

import java.net.URI;
import java.util.Objects;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.Region;

/**
 * A credentials profile ready to sign with: its name, the key pair, and the API base URL
 * the session talks to. {@link #toString()} never shows the secret (the credentials mask
 * it).
 *
 * @param name the profile name: a section of the credentials file, or {@code env}
 * @param credentials the key pair
 * @param apiBaseUrl where requests go, without trailing slash, e.g.
 * {@code https://api.veracode.eu}
 * @param source where the pair came from
 */
public record Profile(String name, ApiCredentials credentials, URI apiBaseUrl, Source source) {

	/** The name of the profile built from {@code VERACODE_API_KEY_ID}/{@code _SECRET}. */
	public static final String ENVIRONMENT_NAME = "env";

	public Profile {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(credentials, "credentials");
		Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
		Objects.requireNonNull(source, "source");
	}

	/** The same profile signing with another pair (after {@code generate self}). */
	public Profile withCredentials(ApiCredentials newPair) {
		return new Profile(this.name, newPair, this.apiBaseUrl, this.source);
	}

	/** The API host, e.g. {@code api.veracode.com}. */
	public String apiHost() {
		return this.apiBaseUrl.getHost();
	}

	/**
	 * The region label for the prompt and listings: {@code global}, {@code eu},
	 * {@code fedramp} when the base URL is one of Veracode's REST hosts, else the host of
	 * the custom base URL.
	 */
	public String regionLabel() {
		Region region = Region.forHost(apiHost());
		return (region != null) ? region.label() : apiHost();
	}

	/** The credentials show masked. */
	@Override
	public String toString() {
		return "Profile[" + this.name + ", " + this.credentials + ", " + this.apiBaseUrl + ", " + this.source + "]";
	}

	/** Where a profile's key pair came from. */
	public enum Source {

		/** A section of the credentials file. */
		FILE,

		/**
		 * The {@code VERACODE_API_KEY_ID} and {@code VERACODE_API_KEY_SECRET} variables.
		 */
		ENVIRONMENT

	}

}
