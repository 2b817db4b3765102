package com.vcshell.shell;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.shell.core.InputReader;

import com.vcshell.identity.User;
import com.vcshell.profile.Profile;
import com.vcshell.shell.runtime.NoTerminalInput;

/** Small checks shared by the credential commands. */
final class Arguments {

	private static final Pattern REGION_PREFIX = Pattern.compile("^vera01[a-z][is]-", Pattern.CASE_INSENSITIVE);

	private Arguments() {
	}

	/** The argument, or a usage error showing how to call the command. */
	static String required(@Nullable String value, String command, String placeholder) {
		if (value == null || value.isBlank()) {
			throw new UsageException(command + " needs " + placeholder + ": " + command + " " + placeholder);
		}
		return value.strip();
	}

	/**
	 * Refuses at once, before any request, what could only be confirmed at a terminal.
	 * @see Confirmation#require
	 */
	static void refuseWithoutTerminal(InputReader input, boolean yes, String what) {
		if (!yes && input instanceof NoTerminalInput) {
			throw new UsageException("refusing to " + what + " without --yes: there is no terminal to confirm");
		}
	}

	/** {@code name (id)}, or whichever is known. */
	static String label(User user) {
		if (user.userName() == null) {
			return String.valueOf(user.userId());
		}
		return (user.userId() == null) ? user.userName() : user.userName() + " (" + user.userId() + ")";
	}

	/** An api id as the API knows it: no region prefix, lower case. */
	static String bareApiId(String apiId) {
		return REGION_PREFIX.matcher(apiId.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
	}

	/** Whether the api id is the one this session signs with. */
	static boolean isSessionKey(@Nullable String apiId, Profile profile) {
		return apiId != null && bareApiId(apiId).equals(profile.credentials().apiId());
	}

	/** Whether the user's current pair is the one this session signs with. */
	static boolean isSessionAccount(User user, Profile profile) {
		return user.apiCredentials() != null && isSessionKey(user.apiCredentials().apiId(), profile);
	}

}
