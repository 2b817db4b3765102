package com.vcshell.admin.expiry;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.vcshell.identity.ApiCredentialsInfo;
import com.vcshell.identity.IdentityClient;
import com.vcshell.identity.User;
import com.vcshell.identity.UserType;
import com.vcshell.identity.VeracodeApiException;
import com.vcshell.identity.VeracodeApiException.Kind;
import com.vcshell.admin.AccountCredentials;
import com.vcshell.admin.CredentialsReader;
import com.vcshell.admin.IdentityClients;
import com.vcshell.admin.ProgressListener;
import com.vcshell.admin.UsageException;

/**
 * {@code expiration self|user|report}: reads credentials through the active profile's
 * client and classifies them. A 404 on a user's credentials means the user has none
 * (status {@code none}); a 404 on the user itself stays an error.
 */
@Component
public class ExpirationService {

	private final IdentityClients clients;

	private final ExpiryClassifier classifier;

	private final CredentialsReader reader;

	public ExpirationService(IdentityClients clients, ExpiryClassifier classifier, CredentialsReader reader) {
		this.clients = clients;
		this.classifier = classifier;
		this.reader = reader;
	}

	/** The pair the session signs with. */
	public ExpiryRow self(boolean dryRun) {
		return ExpiryRow.of(null, this.classifier.classify(this.clients.current(dryRun).ownCredentials()));
	}

	/** The pair of a user named by id or exact user name. */
	public ExpiryRow user(String uuidOrName, boolean dryRun) {
		IdentityClient client = this.clients.current(dryRun);
		User user = client.resolveUser(required(uuidOrName));
		return ExpiryRow.of(user, this.classifier.classify(credentialsOrNone(client, user.userId())));
	}

	/**
	 * The pairs of the users named (by id or exact user name), in their order: each user
	 * is looked up, then their credentials are read by the {@link CredentialsReader}'s
	 * pool, within the rate limit, as for {@link #report}. A user whose credentials
	 * cannot be read becomes an {@code error} row.
	 * @throws VeracodeApiException when a user cannot be looked up (unknown: 404)
	 */
	public List<ExpiryRow> users(List<String> uuidsOrNames, boolean dryRun, ProgressListener progress) {
		this.reader.check();
		IdentityClient client = this.clients.current(dryRun);
		List<User> users = uuidsOrNames.stream().map((user) -> client.resolveUser(required(user))).toList();
		return this.reader.readAll(client, users, progress).stream().map(this::row).toList();
	}

	private ExpiryRow row(AccountCredentials read) {
		return read.read() ? ExpiryRow.of(read.account(), this.classifier.classify(read.credentials()))
				: ExpiryRow.failed(read.account(), read.failure().getMessage());
	}

	/**
	 * Every API service account with its pair, soonest expiry first; with
	 * {@code withinDays}, only those expiring in at most that many days (expired ones
	 * included). The accounts' credentials are read by the {@link CredentialsReader}'s
	 * pool, within the rate limit. An account whose credentials cannot be read becomes an
	 * {@code error} row; the report says how many.
	 */
	public ExpiryReport report(@Nullable Integer withinDays, boolean dryRun, ProgressListener progress) {
		if (withinDays != null && withinDays < 0) {
			throw new UsageException("--within needs a number of days, 0 or more");
		}
		this.reader.check();
		IdentityClient client = this.clients.current(dryRun);
		List<User> accounts = client.allUsers(UserType.API);
		List<ExpiryRow> rows = new ArrayList<>();
		List<VeracodeApiException> failures = new ArrayList<>();
		for (AccountCredentials read : this.reader.readAll(client, accounts, progress)) {
			if (!read.read()) {
				failures.add(read.failure());
				rows.add(ExpiryRow.failed(read.account(), read.failure().getMessage()));
				continue;
			}
			Expiry expiry = this.classifier.classify(read.credentials());
			if (withinDays == null || this.classifier.expiresWithin(expiry, withinDays)) {
				rows.add(ExpiryRow.of(read.account(), expiry));
			}
		}
		return new ExpiryReport(rows, accounts.size(), failures);
	}

	/** The user's credentials, or {@code null} when the API says there are none (404). */
	private static @Nullable ApiCredentialsInfo credentialsOrNone(IdentityClient client, String userId) {
		try {
			return client.credentialsForUser(userId);
		}
		catch (VeracodeApiException ex) {
			if (ex.kind() == Kind.NOT_FOUND) {
				return null;
			}
			throw ex;
		}
	}

	private static String required(String user) {
		if (user == null || user.isBlank()) {
			throw new UsageException("expiration user needs a user: expiration user <user id or user name>");
		}
		return user;
	}

}
