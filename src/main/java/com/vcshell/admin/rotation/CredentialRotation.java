package com.vcshell.admin.rotation;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.vcshell.admin.Arguments;
import com.vcshell.admin.AuditTrail;
import com.vcshell.admin.Confirmer;
import com.vcshell.admin.DestinationChooser;
import com.vcshell.admin.IdentityClients;
import com.vcshell.admin.SessionOptions;
import com.vcshell.admin.UsageException;
import com.vcshell.admin.copies.Found;
import com.vcshell.admin.copies.LocalCopies;
import com.vcshell.identity.ApiCredentialsInfo;
import com.vcshell.identity.GeneratedCredentials;
import com.vcshell.identity.IdentityClient;
import com.vcshell.identity.User;
import com.vcshell.identity.VeracodeApiException;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.Profile;
import com.vcshell.vault.AuditEntry;

/**
 * {@code generate self} and {@code generate user}: the destination is known before the
 * call, the user confirms, the pair is generated once (never retried) along the
 * {@link CriticalPath} (journaled, not cancelled by Ctrl-C, the session switched to it at
 * once for self, saved where asked or rescued, audited: design §1), then proven with a
 * signed call (self); then the other local copies of the replaced key (named in the one
 * question) get the new pair too. The result says what happened; it is not printed here.
 */
@Component
public class CredentialRotation {

	private final ActiveProfile active;

	private final IdentityClients clients;

	private final DestinationPlanner destinations;

	private final CriticalPath critical;

	private final AuditTrail audit;

	private final SessionOptions session;

	private final RotationCopies copies;

	CredentialRotation(ActiveProfile active, IdentityClients clients, DestinationPlanner destinations,
			CriticalPath critical, AuditTrail audit, SessionOptions session) {
		this(active, clients, destinations, critical, audit, session, LocalCopies.NONE);
	}

	@Autowired
	CredentialRotation(ActiveProfile active, IdentityClients clients, DestinationPlanner destinations,
			CriticalPath critical, AuditTrail audit, SessionOptions session, LocalCopies copies) {
		this.active = active;
		this.clients = clients;
		this.destinations = destinations;
		this.critical = critical;
		this.audit = audit;
		this.session = session;
		this.copies = new RotationCopies(copies);
	}

	/**
	 * New credentials for the account the session signs with.
	 * @throws UsageException when refused or cancelled (nothing was sent)
	 * @throws VeracodeApiException when the API refused or failed (audited)
	 */
	public RotationResult generateSelf(GenerateRequest request, Confirmer confirmer) {
		Profile profile = this.active.require();
		Destinations where = this.destinations.forSelf(profile, request);
		IdentityClient client = this.clients.current(request.dryRun());
		if (client.isDryRun()) {
			client.generateOwn();
			return RotationResult.dryRun("profile", profile.name());
		}
		Found copies = this.copies.forSelf(profile, where);
		confirmer.require(request.yes() || this.session.yes(),
				"generate new credentials for profile [" + profile.name()
						+ "] (this revokes the pair it signs with now)" + where.confirmationSuffix()
						+ copies.confirmationSuffix());
		AuditEntry entry = this.audit.begin(profile, AuditTrail.GENERATE_SELF);
		CriticalPath.Generated generated = this.critical.run(context(entry, profile, where), client::generateOwn, where,
				entry, this.active::switchCredentials);
		return this.copies.after(result(generated, where, true, "profile", profile.name()), copies);
	}

	/**
	 * New credentials for another account, named by user id or exact user name.
	 * @throws UsageException when refused, cancelled or without a destination (nothing
	 * was sent), or for the session's own account
	 * @throws VeracodeApiException when the API refused or failed (audited)
	 */
	public RotationResult generateUser(String user, GenerateRequest request, Confirmer confirmer,
			DestinationChooser chooser) {
		Profile profile = this.active.require();
		String wanted = Arguments.required(user, "generate user", "<user>");
		Destinations where = this.destinations.forUser(profile, request, chooser);
		IdentityClient client = this.clients.current(request.dryRun());
		boolean yes = request.yes() || this.session.yes() || client.isDryRun();
		confirmer.refuseWithoutTerminal(yes, "generate new credentials for user " + wanted);
		User target = client.resolveUser(wanted);
		if (client.isDryRun()) {
			client.generateForUser(target.userId());
			return RotationResult.dryRun("user", Arguments.label(target));
		}
		if (Arguments.isSessionAccount(target, profile)) {
			throw new UsageException("user " + Arguments.label(target)
					+ " is the account this session signs with: use 'generate self', which switches the session to the new pair");
		}
		String userId = Arguments.userId(target);
		Found copies = this.copies.forUser(client, target, where);
		confirmer.require(yes,
				"generate new credentials for user " + Arguments.label(target)
						+ " (this revokes that user's current pair)" + where.confirmationSuffix()
						+ copies.confirmationSuffix());
		AuditEntry entry = this.audit.begin(profile, AuditTrail.GENERATE_USER)
			.withTarget(target.userName(), target.userId());
		CriticalPath.Generated generated = this.critical.run(context(entry, profile, where),
				(sink) -> client.generateForUser(userId, sink), where, entry, (pair) -> {
				});
		return this.copies.after(result(generated, where, false, "user", Arguments.label(target)), copies);
	}

	/**
	 * Saves a pair generated earlier whose save a crash cut short ({@code rotate resume}
	 * found it in a leftover file): into the profile and new file asked, or a rescue
	 * file, exactly as after a generate. Nothing is sent; the generate was audited when
	 * it happened.
	 * @param subject the account's label, for the result
	 */
	public RotationResult saveRecovered(String subject, GeneratedCredentials pair, @Nullable String saveAs,
			@Nullable Path out) {
		Profile profile = this.active.require();
		URI url = DestinationPlanner.baseUrlOf(profile);
		SecretKeeper.Kept kept = this.critical.keepRecovered(pair,
				new Destinations(saveAs, false, out, false, url, url));
		return new RotationResult("user", subject, pair.apiId(), pair.apiSecret(), false, pair.expiration(),
				kept.savedTo(), kept.rescueFile(), null, kept.problem(), null, false);
	}

	/** What the pending journal records about this generate. */
	private PendingContext context(AuditEntry entry, Profile profile, Destinations where) {
		String credentialsFile = (where.saveAs() != null) ? this.active.credentialsFile().toString() : null;
		return new PendingContext(entry.operation(), profile.name(), profile.apiBaseUrl().toString(),
				entry.targetUserName(), entry.targetUserId(), where.saveAs(), credentialsFile,
				(where.out() != null) ? where.out().toString() : null, where.rescueSection(),
				string(where.apiBaseUrl()), string(where.tenantUrl()), null);
	}

	/**
	 * The result, after proving a session's new pair with a signed call (outside the
	 * critical section: the pair is saved and audited by then, and a Ctrl-C may cancel
	 * the check).
	 */
	private RotationResult result(CriticalPath.Generated done, Destinations where, boolean self, String subjectKind,
			String subject) {
		GeneratedCredentials generated = done.credentials();
		SecretKeeper.Kept kept = done.kept();
		Check check = (self && kept.pair() != null) ? check() : Check.NOT_TRIED;
		Instant expiration = (check.info() != null && check.info().expiration() != null) ? check.info().expiration()
				: generated.expiration();
		return new RotationResult(subjectKind, subject, generated.apiId(), generated.apiSecret(), where.reveal(),
				expiration, kept.savedTo(), kept.rescueFile(), self ? Boolean.valueOf(check.info() != null) : null,
				kept.problem(), check.failure(), false);
	}

	private static String string(Object value) {
		return (value != null) ? value.toString() : null;
	}

	/** Proves the session's new pair with a signed call. */
	private Check check() {
		try {
			return new Check(this.clients.current().ownCredentials(), null);
		}
		catch (VeracodeApiException ex) {
			return new Check(null, new VeracodeApiException(ex.kind(), ex.status(),
					"the new credentials are in place, but the check with them failed: " + ex.getMessage()));
		}
	}

	/** What the signed call with a new pair gave: its answer, or why it failed. */
	private record Check(ApiCredentialsInfo info, VeracodeApiException failure) {

		static final Check NOT_TRIED = new Check(null, null);

	}

}
