package com.vcshell.admin.revocation;

import org.springframework.stereotype.Component;

import com.vcshell.admin.Arguments;
import com.vcshell.admin.AuditTrail;
import com.vcshell.admin.Confirmer;
import com.vcshell.admin.IdentityClients;
import com.vcshell.admin.SessionOptions;
import com.vcshell.admin.UsageException;
import com.vcshell.admin.Warnings;
import com.vcshell.identity.IdentityClient;
import com.vcshell.identity.User;
import com.vcshell.identity.VeracodeApiException;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.Profile;
import com.vcshell.vault.AuditEntry;

/**
 * {@code revoke self|user|id}: confirms, sends the DELETE, audits it, and after revoking
 * the session's own key marks the profile revoked, so the prompt shows it and later
 * commands say why they fail.
 */
@Component
public class Revocation {

	private final ActiveProfile active;

	private final IdentityClients clients;

	private final AuditTrail audit;

	private final Warnings warnings;

	private final SessionOptions session;

	Revocation(ActiveProfile active, IdentityClients clients, AuditTrail audit, Warnings warnings,
			SessionOptions session) {
		this.active = active;
		this.clients = clients;
		this.audit = audit;
		this.warnings = warnings;
		this.session = session;
	}

	/**
	 * Revokes the key the session signs with.
	 * @throws UsageException when refused or cancelled (nothing was sent)
	 * @throws VeracodeApiException when the API refused or failed (audited)
	 */
	public RevocationResult revokeSelf(boolean yes, boolean dryRun, Confirmer confirmer) {
		Profile profile = this.active.require();
		IdentityClient client = this.clients.current(dryRun);
		if (!client.isDryRun()) {
			this.warnings.warn("revoking the key of profile [" + profile.name() + "] ("
					+ profile.credentials().maskedApiId() + ") locks this profile out: this session and every tool "
					+ "using that key will be refused until new credentials are added");
			confirmer.require(yes || this.session.yes(),
					"revoke the key profile [" + profile.name() + "] signs with, locking this profile out");
		}
		AuditEntry entry = this.audit.begin(profile, AuditTrail.REVOKE_SELF)
			.withResult(profile.credentials().apiId(), null);
		if (revoke(client, client::revokeOwn, entry)) {
			return RevocationResult.dryRunOnly();
		}
		this.active.markRevoked();
		return new RevocationResult(profile.credentials().apiId(), null, "profile [" + profile.name()
				+ "] is locked out now; switch with 'profile use <profile>' or add new credentials with 'profile add'",
				false);
	}

	/**
	 * Revokes a user's current pair; the session's own account is {@link #revokeSelf}.
	 * @throws UsageException when refused or cancelled (nothing was sent)
	 * @throws VeracodeApiException when the API refused or failed (audited)
	 */
	public RevocationResult revokeUser(String user, boolean yes, boolean dryRun, Confirmer confirmer) {
		Profile profile = this.active.require();
		String wanted = Arguments.required(user, "revoke user", "<user>");
		IdentityClient client = this.clients.current(dryRun);
		boolean agreed = yes || this.session.yes();
		confirmer.refuseWithoutTerminal(agreed || client.isDryRun(), "revoke the credentials of user " + wanted);
		User target = client.resolveUser(wanted);
		if (Arguments.isSessionAccount(target, profile)) {
			return revokeSelf(yes, dryRun, confirmer);
		}
		String userId = client.isDryRun() ? target.userId() : Arguments.userId(target);
		if (!client.isDryRun()) {
			confirmer.require(agreed, "revoke the credentials of user " + Arguments.label(target));
		}
		String apiId = (target.apiCredentials() != null) ? target.apiCredentials().apiId() : null;
		AuditEntry entry = this.audit.begin(profile, AuditTrail.REVOKE_USER)
			.withTarget(target.userName(), target.userId())
			.withResult(apiId, null);
		if (revoke(client, () -> client.revokeForUser(userId), entry)) {
			return RevocationResult.dryRunOnly();
		}
		return new RevocationResult(apiId, Arguments.label(target), null, false);
	}

	/**
	 * Revokes a pair by api id; the session's own key is {@link #revokeSelf}.
	 * @throws UsageException when refused or cancelled, or when the id is not an api id
	 * (nothing was sent)
	 * @throws VeracodeApiException when the API refused or failed (audited)
	 */
	public RevocationResult revokeId(String apiId, boolean yes, boolean dryRun, Confirmer confirmer) {
		Profile profile = this.active.require();
		String id = Arguments.apiId(Arguments.required(apiId, "revoke id", "<api-id>"), "revoke id");
		if (Arguments.isSessionKey(id, profile)) {
			return revokeSelf(yes, dryRun, confirmer);
		}
		IdentityClient client = this.clients.current(dryRun);
		if (!client.isDryRun()) {
			confirmer.require(yes || this.session.yes(), "revoke the credentials " + id);
		}
		AuditEntry entry = this.audit.begin(profile, AuditTrail.REVOKE_ID).withResult(id, null);
		if (revoke(client, () -> client.revokeById(id), entry)) {
			return RevocationResult.dryRunOnly();
		}
		return new RevocationResult(id, null, null, false);
	}

	/**
	 * Sends the DELETE (or prints it in a dry run) and audits the outcome; whether it was
	 * a dry run.
	 */
	private boolean revoke(IdentityClient client, Runnable call, AuditEntry entry) {
		if (client.isDryRun()) {
			call.run();
			return true;
		}
		try {
			call.run();
		}
		catch (VeracodeApiException ex) {
			this.audit.record(entry.failed(ex.getMessage()));
			throw ex;
		}
		this.audit.record(entry.ok());
		return false;
	}

}
