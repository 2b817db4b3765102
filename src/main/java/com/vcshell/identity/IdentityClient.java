package com.vcshell.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.vcshell.identity.VeracodeApiException.Kind;
import org.jspecify.annotations.Nullable;

/**
 * The Veracode Identity API as vcshell uses it (protocol §4.1). Every method throws
 * {@link VeracodeApiException} with a one-line, actionable message on failure.
 */
public interface IdentityClient {

	/** Page size used when paging through every user. */
	int PAGE_SIZE = 50;

	/** A guard against a server that never stops paging. */
	int MAX_PAGES = 10_000;

	/** {@code GET /api/authn/v2/api_credentials}: the caller's own credentials. */
	ApiCredentialsInfo ownCredentials();

	/**
	 * {@code POST /api/authn/v2/api_credentials}: new credentials for the caller, which
	 * revokes the pair that signed the request. Never retried.
	 */
	default GeneratedCredentials generateOwn() {
		return generateOwn(RawAnswerSink.NONE);
	}

	/**
	 * As {@link #generateOwn()}, handing the raw answer to {@code sink} before it is
	 * parsed. Once sent, the request is not given up when the calling thread is
	 * interrupted: its answer would be lost.
	 */
	GeneratedCredentials generateOwn(RawAnswerSink sink);

	/** {@code DELETE /api/authn/v2/api_credentials}: revokes the caller's own pair. */
	void revokeOwn();

	/** {@code DELETE /api/authn/v2/api_credentials/{apiId}}. */
	void revokeById(String apiId);

	/** {@code GET /api/authn/v2/api_credentials/user_id/{userId}}. */
	ApiCredentialsInfo credentialsForUser(String userId);

	/**
	 * {@code POST /api/authn/v2/api_credentials/user_id/{userId}}: revokes that user's
	 * pair. Never retried.
	 */
	default GeneratedCredentials generateForUser(String userId) {
		return generateForUser(userId, RawAnswerSink.NONE);
	}

	/**
	 * As {@link #generateForUser(String)}, handing the raw answer to {@code sink} before
	 * it is parsed; not given up once sent.
	 */
	GeneratedCredentials generateForUser(String userId, RawAnswerSink sink);

	/** {@code DELETE /api/authn/v2/api_credentials/user_id/{userId}}. */
	void revokeForUser(String userId);

	/** {@code GET /api/authn/v2/users/self}. */
	User self();

	/** {@code GET /api/authn/v2/users/{userId}}. */
	User user(String userId);

	/** {@code GET /api/authn/v2/users?page=&size=}. */
	UserPage users(int page, int size);

	/**
	 * {@code GET /api/authn/v2/users/search?search_term=&user_type=&page=&size=}; a null
	 * term or type is left out.
	 */
	UserPage searchUsers(@Nullable String term, @Nullable UserType typeOrNull, int page, int size);

	/**
	 * Whether this client only reports the requests it would send ({@code --dry-run}).
	 */
	default boolean isDryRun() {
		return false;
	}

	/** Every user (of a type, if given), paging to the end. */
	default List<User> allUsers(@Nullable UserType typeOrNull) {
		return collect(null, typeOrNull);
	}

	/** Every user matching a search term (and type, if given), paging to the end. */
	default List<User> searchAll(String term, @Nullable UserType typeOrNull) {
		return collect(term, typeOrNull);
	}

	/**
	 * The user named by a UUID, or by an exact (case-sensitive) user name.
	 * @throws VeracodeApiException NOT_FOUND when no user has that name, BAD_REQUEST when
	 * several have
	 */
	default User resolveUser(String uuidOrExactUserName) {
		String wanted = uuidOrExactUserName.strip();
		if (wanted.isEmpty()) {
			throw new VeracodeApiException(Kind.BAD_REQUEST, 0, "a user id or user name is required");
		}
		if (UserIds.isUuid(wanted)) {
			return user(wanted);
		}
		List<User> matches = searchAll(wanted, null).stream().filter((u) -> wanted.equals(u.userName())).toList();
		if (matches.isEmpty()) {
			throw new VeracodeApiException(Kind.NOT_FOUND, 0, "no user named '" + wanted + "'");
		}
		if (matches.size() > 1) {
			throw new VeracodeApiException(Kind.BAD_REQUEST, 0, "several users are named '" + wanted + "' ("
					+ String.join(", ", matches.stream().map(User::userId).toList()) + "); give the user id instead");
		}
		return matches.get(0);
	}

	private List<User> collect(@Nullable String term, @Nullable UserType type) {
		List<User> all = new ArrayList<>();
		for (int page = 0; page < MAX_PAGES; page++) {
			UserPage result = (term == null && type == null) ? users(page, PAGE_SIZE)
					: searchUsers(term, type, page, PAGE_SIZE);
			all.addAll(result.users());
			if (result.users().isEmpty() || page + 1 >= result.totalPages()) {
				break;
			}
		}
		return all;
	}

	/** User id checks. */
	final class UserIds {

		private static final Pattern UUID = Pattern
			.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

		private UserIds() {
		}

		/** Whether the text is a UUID, as Veracode user ids are. */
		public static boolean isUuid(String text) {
			return UUID.matcher(text).matches();
		}

	}

}
