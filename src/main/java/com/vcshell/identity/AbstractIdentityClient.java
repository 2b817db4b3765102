package com.vcshell.identity;

import org.jspecify.annotations.Nullable;

/**
 * Maps each {@link IdentityClient} call to its {@link Endpoint} once, so that the real
 * client and the dry run differ only in what they do with a request: send it and read the
 * answer, or report it and make one up. There are five kinds of answer.
 */
abstract class AbstractIdentityClient implements IdentityClient {

	/** A credentials read; an empty answer means the account has no pair. */
	abstract ApiCredentialsInfo readCredentials(ApiRequest request);

	/** A generate: the new pair; the raw answer goes to the sink first. */
	abstract GeneratedCredentials readGenerated(ApiRequest request, RawAnswerSink sink);

	/** A call whose answer carries nothing (a revoke). */
	abstract void send(ApiRequest request);

	/** A user read; an empty answer is an error. */
	abstract User readUser(ApiRequest request);

	/** A page of users; an empty answer is an empty page. */
	abstract UserPage readPage(ApiRequest request, int page, int size);

	@Override
	public ApiCredentialsInfo ownCredentials() {
		return readCredentials(Endpoint.OWN_CREDENTIALS.request());
	}

	@Override
	public GeneratedCredentials generateOwn(RawAnswerSink sink) {
		return readGenerated(Endpoint.GENERATE_OWN.request(), sink);
	}

	@Override
	public void revokeOwn() {
		send(Endpoint.REVOKE_OWN.request());
	}

	@Override
	public void revokeById(String apiId) {
		send(Endpoint.REVOKE_BY_ID.request(apiId));
	}

	@Override
	public ApiCredentialsInfo credentialsForUser(String userId) {
		return readCredentials(Endpoint.CREDENTIALS_FOR_USER.request(userId));
	}

	@Override
	public GeneratedCredentials generateForUser(String userId, RawAnswerSink sink) {
		return readGenerated(Endpoint.GENERATE_FOR_USER.request(userId), sink);
	}

	@Override
	public void revokeForUser(String userId) {
		send(Endpoint.REVOKE_FOR_USER.request(userId));
	}

	@Override
	public User self() {
		return readUser(Endpoint.SELF.request());
	}

	@Override
	public User user(String userId) {
		return readUser(Endpoint.USER.request(userId));
	}

	@Override
	public UserPage users(int page, int size) {
		return readPage(Endpoint.USERS.request(page, size), page, size);
	}

	@Override
	public UserPage searchUsers(@Nullable String term, @Nullable UserType typeOrNull, int page, int size) {
		String type = (typeOrNull != null) ? typeOrNull.queryValue() : null;
		return readPage(Endpoint.SEARCH.request(term, type, page, size), page, size);
	}

}
