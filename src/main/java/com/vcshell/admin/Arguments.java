package com.vcshell.admin;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.vcshell.identity.IdentityClient;
import com.vcshell.identity.User;
import com.vcshell.profile.Profile;

/** Small checks of the arguments the use cases share. */
public final class Arguments {

	private static final Pattern REGION_PREFIX = Pattern.compile("^vera01[a-z][is]-", Pattern.CASE_INSENSITIVE);

	/**
	 * An api id as a user may type it: 32 ASCII hex characters, optionally after an id's
	 * region prefix ({@code vera01} + a region letter of {@code auth.Region} + {@code i},
	 * any case).
	 */
	private static final Pattern API_ID = Pattern.compile("(?:vera01[gef]i-)?[0-9a-f]{32}", Pattern.CASE_INSENSITIVE);

	/** The most characters of a typed value a message quotes. */
	private static final int MAX_SHOWN = 64;

	private Arguments() {
	}

	/** The argument, or a usage error showing how to call the command. */
	public static String required(@Nullable String value, String command, String placeholder) {
		if (value == null || value.isBlank()) {
			throw new UsageException(command + " needs " + placeholder + ": " + command + " " + placeholder);
		}
		return value.strip();
	}

	/**
	 * A typed api id, checked before it goes into a request path: anything else
	 * ({@code .}, {@code ..}, {@code a/b}, {@code %2e}, spaces, other scripts' digits, a
	 * secret) is refused before anything is sent.
	 * @return the id as the API knows it: no region prefix, lower case
	 * @throws UsageException when it is not an api id
	 */
	public static String apiId(String typed, String command) {
		String id = typed.strip();
		if (!API_ID.matcher(id).matches()) {
			throw new UsageException(command + " needs an api id: 32 hex characters (0-9, a-f), optionally after a "
					+ "region prefix such as vera01ei-; '" + shown(id) + "' is not one");
		}
		return bareApiId(id);
	}

	/**
	 * Checks a user id the API gave before it goes into the path of a request that
	 * changes credentials: Veracode user ids are UUIDs.
	 * @throws UsageException when it is not one (nothing is sent)
	 */
	public static String userId(User user) {
		String id = user.userId();
		if (id == null || !IdentityClient.UserIds.isUuid(id)) {
			throw new UsageException("the API gave user " + shown(String.valueOf(user.userName()))
					+ " an id that is not a UUID ('" + shown(String.valueOf(id)) + "'); nothing was sent");
		}
		return id;
	}

	/** A typed value as a message quotes it: cut when long (the error line masks it). */
	static String shown(String value) {
		if (value.codePointCount(0, value.length()) <= MAX_SHOWN) {
			return value;
		}
		return value.substring(0, value.offsetByCodePoints(0, MAX_SHOWN - 3)) + "... (" + value.length()
				+ " characters)";
	}

	/** {@code name (id)}, or whichever is known. */
	public static String label(User user) {
		if (user.userName() == null) {
			return String.valueOf(user.userId());
		}
		return (user.userId() == null) ? user.userName() : user.userName() + " (" + user.userId() + ")";
	}

	/** An api id as the API knows it: no region prefix, lower case. */
	public static String bareApiId(String apiId) {
		return REGION_PREFIX.matcher(apiId.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
	}

	/** Whether the api id is the one this session signs with. */
	public static boolean isSessionKey(@Nullable String apiId, Profile profile) {
		return apiId != null && bareApiId(apiId).equals(profile.credentials().apiId());
	}

	/** Whether the user's current pair is the one this session signs with. */
	public static boolean isSessionAccount(User user, Profile profile) {
		return user.apiCredentials() != null && isSessionKey(user.apiCredentials().apiId(), profile);
	}

}
