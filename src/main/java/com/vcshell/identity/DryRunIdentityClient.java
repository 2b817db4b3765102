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
 * What it returns instead of an answer: credential reads an {@link ApiCredentialsInfo}
 * with every field null ({@code exists()} is false); generates
 * {@link GeneratedCredentials} with no id and no secret (never save it;
 * {@link #isDryRun()} says so); revokes nothing; {@code user(id)} a user with only the id
 * known, {@code self()} one with nothing known; lists and searches an empty page.
 * {@code resolveUser(name)} reports the search and returns a user with only the name
 * known: its id would come from the search, so the requests that follow show it as
 * {@code {userId}}.
 */
public final class DryRunIdentityClient extends AbstractIdentityClient {

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
	ApiCredentialsInfo readCredentials(ApiRequest request) {
		show(request);
		return ApiCredentialsInfo.NONE;
	}

	@Override
	GeneratedCredentials readGenerated(ApiRequest request, RawAnswerSink sink) {
		show(request);
		return GeneratedCredentials.DRY_RUN;
	}

	@Override
	void send(ApiRequest request) {
		show(request);
	}

	@Override
	User readUser(ApiRequest request) {
		show(request);
		return placeholderUser(request.pathValue("userId"), null);
	}

	@Override
	UserPage readPage(ApiRequest request, int page, int size) {
		show(request);
		return UserPage.empty(page, size);
	}

	@Override
	public User resolveUser(String uuidOrExactUserName) {
		String wanted = uuidOrExactUserName.strip();
		if (wanted.isEmpty() || UserIds.isUuid(wanted)) {
			return super.resolveUser(wanted);
		}
		searchUsers(wanted, null, 0, PAGE_SIZE);
		return placeholderUser(null, wanted);
	}

	/** Reports one request: method and URL, signed header with the signature elided. */
	private void show(ApiRequest request) {
		String url = request.display(this.baseUrl);
		String header = HmacSigner
			.sign(this.credentials.get(), request.method().name(), URI.create(signable(url)), this.clock.instant(),
					this.nonces.nextNonce())
			.header();
		StringBuilder text = new StringBuilder();
		text.append(request.method().name()).append(' ').append(url).append('\n');
		text.append("Authorization: ").append(header, 0, header.lastIndexOf("sig=") + 4).append("<elided>");
		if (request.sendsContentType()) {
			text.append("\nContent-Type: application/json");
		}
		String body = request.endpoint().body();
		if (body != null) {
			text.append("\n\n").append(body);
		}
		this.report.accept(text.toString());
	}

	/** The URL with any {@code {placeholder}} made legal in a URI, to sign it. */
	private static String signable(String url) {
		return url.replace("{", "%7B").replace("}", "%7D");
	}

	private static User placeholderUser(String userId, String userName) {
		return new User(userId, userName, null, null, null, null, null, null, null);
	}

}
