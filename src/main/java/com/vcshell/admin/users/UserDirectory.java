package com.vcshell.admin.users;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.vcshell.identity.IdentityClient;
import com.vcshell.identity.IdentityClient.UserIds;
import com.vcshell.identity.User;
import com.vcshell.identity.UserType;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.Profile;
import com.vcshell.admin.IdentityClients;
import com.vcshell.admin.UsageException;
import com.vcshell.admin.expiry.ExpiryClassifier;

/**
 * {@code whoami} and {@code users list|search|show}: user reads through the active
 * profile's client, paged through to the end.
 */
@Component
public class UserDirectory {

	private final IdentityClients clients;

	private final ActiveProfile active;

	private final ExpiryClassifier classifier;

	public UserDirectory(IdentityClients clients, ActiveProfile active, ExpiryClassifier classifier) {
		this.clients = clients;
		this.active = active;
		this.classifier = classifier;
	}

	/** The account behind the active profile, and the key this session signs with. */
	public Whoami whoami(boolean dryRun) {
		User self = this.clients.current(dryRun).self();
		Profile profile = this.active.require();
		return new Whoami(self.userName(), self.userId(), UserRow.accountType(self), UserRow.roles(self),
				self.isAdmin(), profile.name(), profile.apiHost(), this.active.credentials().get().apiId());
	}

	/** Every user, or every user of a type ({@code api}, {@code user}). */
	public List<UserRow> list(@Nullable String type, boolean dryRun) {
		UserType userType = type(type);
		return rows(this.clients.current(dryRun).allUsers(userType));
	}

	/** Users whose name, e-mail or names contain the term. */
	public List<UserRow> search(String term, @Nullable String type, boolean dryRun) {
		if (term == null || term.isBlank()) {
			throw new UsageException("users search needs a term: users search <term> [--type api|user]");
		}
		UserType userType = type(type);
		return rows(this.clients.current(dryRun).searchAll(term, userType));
	}

	/** One user's details, with the expiry of its credentials when it has any. */
	public UserRow show(String uuidOrName, boolean dryRun) {
		if (uuidOrName == null || uuidOrName.isBlank()) {
			throw new UsageException("users show needs a user: users show <user id or user name>");
		}
		IdentityClient client = this.clients.current(dryRun);
		User user = client.resolveUser(uuidOrName);
		User full = UserIds.isUuid(uuidOrName.strip()) ? user : client.user(user.userId());
		return UserRow.of(full, this.classifier.classify(full.apiCredentials()));
	}

	/** {@code --type}: {@code api} or {@code user} (any case), or none. */
	public static @Nullable UserType type(@Nullable String type) {
		if (type == null || type.isBlank()) {
			return null;
		}
		return switch (type.strip().toLowerCase(Locale.ROOT)) {
			case "api" -> UserType.API;
			case "user" -> UserType.USER;
			default -> throw new UsageException("unknown user type '" + type + "': use --type api or --type user");
		};
	}

	private static List<UserRow> rows(List<User> users) {
		return users.stream().map(UserRow::of).toList();
	}

}
