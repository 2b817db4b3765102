package com.vcshell.admin;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.vcshell.identity.User;
import com.vcshell.profile.Profile;

/** Small checks of the arguments the use cases share. */
public final class Arguments {

	private static final Pattern REGION_PREFIX = Pattern.compile("^vera01[a-z][is]-", Pattern.CASE_INSENSITIVE);

	private Arguments() {
	}

	/** The argument, or a usage error showing how to call the command. */
	public static String required(@Nullable String value, String command, String placeholder) {
		if (value == null || value.isBlank()) {
			throw new UsageException(command + " needs " + placeholder + ": " + command + " " + placeholder);
		}
		return value.strip();
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
