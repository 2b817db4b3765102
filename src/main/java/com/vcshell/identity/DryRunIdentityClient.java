package com.vcshell.identity;

import java.net.URI;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.HmacSigner;
import com.vcshell.auth.NonceGenerator;

/**
 * The {@code --dry-run} client: sends nothing, and reports each request it would send to
 * a consumer, as {@code METHOD URL}, the {@code Authorization} header with the signature
 * elided, and for POST and DELETE the content type (and the {@code {}} body). The URL is
 * encoded exactly as the real client would send it.
 * <p>
 * What it returns instead of a response: credential reads an {@link ApiCredentialsInfo}
 * with only the asked-for api id (everything else null, so {@code exists()} is false for
 * own and per-user reads); generates {@link GeneratedCredentials} with no id and no
 * secret (never save it; {@link #isDryRun()} says so); revokes nothing; {@code self()}
 * and {@code user(id)} a user with only the id known; lists and searches an empty page;
 * {@code resolveUser(name)} reports the search and returns a user with id
 * {@code user-id-of-<name>}.
 */
public final class DryRunIdentityClient implements IdentityClient {

	private final URI baseUrl;

	private final Supplier<ApiCredentials> credentials;

	private final Clock clock;

	private final NonceGenerator nonces;

	private final Consumer<String> report;

	public DryRunIdentityClient(URI baseUrl, Supplier<ApiCredentials> credentials, Clock clock, NonceGenerator nonces,
			Consumer<String> report) {
		this.baseUrl = baseUrl;
		this.credentials = credentials;
		this.clock = clock;
		this.nonces = nonces;
		this.report = report;
	}

	@Override
	public boolean isDryRun() {
		return true;
	}

	@Override
	public ApiCredentialsInfo ownCredentials() {
		show(ApiRequest.get("", RestIdentityClient.CREDENTIALS));
		return credentials(null);
	}

	@Override
	public GeneratedCredentials generateOwn() {
		show(ApiRequest.generate("", RestIdentityClient.CREDENTIALS));
		return GeneratedCredentials.DRY_RUN;
	}

	@Override
	public void revokeOwn() {
		show(ApiRequest.delete("", RestIdentityClient.CREDENTIALS));
	}

	@Override
	public ApiCredentialsInfo credentialsById(String apiId) {
		show(ApiRequest.get("", RestIdentityClient.CREDENTIALS_BY_ID, apiId));
		return credentials(apiId);
	}

	@Override
	public void revokeById(String apiId) {
		show(ApiRequest.delete("", RestIdentityClient.CREDENTIALS_BY_ID, apiId));
	}

	@Override
	public ApiCredentialsInfo credentialsForUser(String userId) {
		show(ApiRequest.get("", RestIdentityClient.CREDENTIALS_FOR_USER, userId));
		return credentials(null);
	}

	@Override
	public GeneratedCredentials generateForUser(String userId) {
		show(ApiRequest.generate("", RestIdentityClient.CREDENTIALS_FOR_USER, userId));
		return GeneratedCredentials.DRY_RUN;
	}

	@Override
	public void revokeForUser(String userId) {
		show(ApiRequest.delete("", RestIdentityClient.CREDENTIALS_FOR_USER, userId));
	}

	@Override
	public User self() {
		show(ApiRequest.get("", RestIdentityClient.SELF));
		return placeholderUser(null, null);
	}

	@Override
	public User user(String userId) {
		show(ApiRequest.get("", RestIdentityClient.USER, userId));
		return placeholderUser(userId, null);
	}

	@Override
	public UserPage users(int page, int size) {
		show(ApiRequest.get("", RestIdentityClient.USERS).query("page", page).query("size", size));
		return UserPage.empty(page, size);
	}

	@Override
	public UserPage searchUsers(String term, UserType typeOrNull, int page, int size) {
		show(ApiRequest.get("", RestIdentityClient.SEARCH)
			.query("search_term", term)
			.query("user_type", (typeOrNull != null) ? typeOrNull.queryValue() : null)
			.query("page", page)
			.query("size", size));
		return UserPage.empty(page, size);
	}

	@Override
	public User resolveUser(String uuidOrExactUserName) {
		String wanted = uuidOrExactUserName.strip();
		if (wanted.isEmpty() || UserIds.isUuid(wanted)) {
			return IdentityClient.super.resolveUser(wanted);
		}
		searchUsers(wanted, null, 0, PAGE_SIZE);
		return placeholderUser("user-id-of-" + wanted, wanted);
	}

	/** Reports one request: method and URL, signed header with the signature elided. */
	private void show(ApiRequest request) {
		URI uri = request.uri(this.baseUrl);
		HmacSigner.Signature signature = HmacSigner.sign(this.credentials.get(), request.method().name(), uri,
				this.clock.instant(), this.nonces.nextNonce());
		StringBuilder text = new StringBuilder();
		text.append(request.method().name()).append(' ').append(uri.toASCIIString()).append('\n');
		text.append("Authorization: ")
			.append(HmacSigner.SCHEME)
			.append(" id=")
			.append(this.credentials.get().apiId())
			.append(",ts=")
			.append(signature.timestamp())
			.append(",nonce=")
			.append(signature.nonce())
			.append(",sig=<elided>");
		if (request.sendsContentType()) {
			text.append("\nContent-Type: application/json");
		}
		if (request.generates()) {
			text.append("\n\n{}");
		}
		this.report.accept(text.toString());
	}

	private static ApiCredentialsInfo credentials(String apiId) {
		return new ApiCredentialsInfo(apiId, null, null, null, null, null, null);
	}

	private static User placeholderUser(String userId, String userName) {
		return new User(userId, userName, null, null, null, null, null, null, null);
	}

}
