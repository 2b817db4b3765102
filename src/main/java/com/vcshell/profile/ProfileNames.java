package com.vcshell.profile;

import java.util.regex.Pattern;

/**
 * What a profile name may be. Any name works as a section of Veracode's file, but vcshell
 * uses (signs with, shows in the prompt, writes to the audit log) only a name without
 * control characters and without anything that looks like a key, and writes new sections
 * only under a plain name that is safe in an INI header and on a command line.
 */
final class ProfileNames {

	private static final Pattern WRITABLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.@+-]{0,63}");

	private ProfileNames() {
	}

	/** Why the name cannot be a profile vcshell uses, or {@code null} when it can. */
	static String problem(String name) {
		int control = SafeText.firstControl(name);
		if (control >= 0) {
			return "holds a control character (" + SafeText.codePoint(control) + ")";
		}
		if (SafeText.looksSecret(name)) {
			return "looks like an API key or secret (32 or more hex characters, or a vera01 prefix)";
		}
		return null;
	}

	/**
	 * Refuses a name given on the command line or in the environment that can never be a
	 * profile.
	 * @param how what gave the name ({@code --profile}, {@code profile use},
	 * {@code VERACODE_API_PROFILE})
	 * @throws ProfileException naming the name as {@link SafeText} shows it
	 */
	static void requireUsable(String name, String how) {
		String problem = problem(name);
		if (problem != null) {
			throw new ProfileException(
					"invalid profile name '" + SafeText.of(name) + "' (chosen by " + how + "): it " + problem);
		}
	}

	/**
	 * Refuses a name vcshell would not write as a new section.
	 * @throws ProfileException naming the name as {@link SafeText} shows it
	 */
	static void requireWritable(String name) {
		if (name == null || !WRITABLE.matcher(name).matches() || SafeText.looksSecret(name)) {
			throw new ProfileException("invalid profile name '" + SafeText.of(String.valueOf(name))
					+ "': use letters, digits and _ . @ + - (up to 64 characters, starting with a letter or digit,"
					+ " not a key)");
		}
	}

}
