package com.vcshell.auth;

import java.net.URI;
import java.util.Locale;

/**
 * Veracode regions, chosen by the credential prefix {@code vera01<r><i|s>-}: {@code g}
 * global (commercial), {@code e} European, {@code f} US Federal. No prefix means global.
 */
public enum Region {

	GLOBAL("global", 'g', "api.veracode.com"), EU("eu", 'e', "api.veracode.eu"),
	FEDERAL("fedramp", 'f', "api.veracode.us");

	private final String label;

	private final char letter;

	private final String restHost;

	Region(String label, char letter, String restHost) {
		this.label = label;
		this.letter = letter;
		this.restHost = restHost;
	}

	public String label() {
		return this.label;
	}

	/** The REST API host of this region. */
	public String restHost() {
		return this.restHost;
	}

	/** {@code https://<rest host>}, the default API base URL for keys of this region. */
	public URI baseUrl() {
		return URI.create("https://" + this.restHost);
	}

	/** The region serving the given host, if it is one of Veracode's REST hosts. */
	public static Region forHost(String host) {
		for (Region region : values()) {
			if (region.restHost.equalsIgnoreCase(host)) {
				return region;
			}
		}
		return null;
	}

	/**
	 * A new key id or secret in the form an old copy of the key had it: when the new
	 * value has no region prefix and the old one had, the old prefix is kept (a rotated
	 * key stays in its region), so the copy keeps reaching its regional API host.
	 * @param oldValue the value the copy held, as written there
	 * @param newValue the new value, as issued
	 */
	public static String keepPrefix(String oldValue, String newValue) {
		String old = oldValue.strip();
		if (hasPrefix(newValue) || !hasPrefix(old)) {
			return newValue;
		}
		return old.substring(0, old.indexOf('-') + 1) + newValue;
	}

	/**
	 * The prefix of a key id ({@code kind} {@code i}) or secret ({@code s}) of this
	 * region as Veracode issues it: none for the global region.
	 */
	String prefix(char kind) {
		return (this == GLOBAL) ? "" : "vera01" + this.letter + kind + "-";
	}

	static boolean hasPrefix(String credential) {
		return credential.indexOf('-') > 0;
	}

	static String stripPrefix(String credential) {
		int dash = credential.lastIndexOf('-');
		return (dash < 0) ? credential : credential.substring(dash + 1);
	}

	/**
	 * The region named by a credential's prefix. Follows Veracode's Python signer: the
	 * prefix is the text before the first {@code -}, 8 characters, {@code vera01} plus
	 * the region letter plus {@code i} or {@code s}.
	 */
	static Region fromPrefix(String credential, String what) {
		if (!hasPrefix(credential)) {
			if (credential.startsWith("-")) {
				throw new InvalidCredentialsException("the " + what + " starts with an invalid prefix");
			}
			return GLOBAL;
		}
		String prefix = credential.substring(0, credential.indexOf('-')).toLowerCase(Locale.ROOT);
		if (prefix.length() != 8 || !prefix.startsWith("vera01")
				|| (prefix.charAt(7) != 'i' && prefix.charAt(7) != 's')) {
			throw new InvalidCredentialsException("the " + what + " starts with an invalid region prefix");
		}
		for (Region region : values()) {
			if (region.letter == prefix.charAt(6)) {
				return region;
			}
		}
		throw new InvalidCredentialsException("the " + what + " has a region prefix that names no known region");
	}

}
