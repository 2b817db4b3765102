package com.vcshell.shell;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.stereotype.Component;

import com.vcshell.identity.IdentityClient;
import com.vcshell.identity.User;
import com.vcshell.identity.VeracodeApiException;
import com.vcshell.output.Renderer;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.vault.AuditEntry;
import com.vcshell.profile.Profile;
import com.vcshell.admin.SessionOptions;

/**
 * {@code revoke self|user|id}: confirms, sends the DELETE, audits it, and after revoking
 * the session's own key marks the profile revoked, so the prompt shows it and later
 * commands say why they fail.
 */
@Component
class Revocation {

	private final ActiveProfile active;

	private final IdentityClients clients;

	private final AuditTrail audit;

	private final RotationView view;

	private final Renderer renderer;

	private final SessionOptions options;

	Revocation(ActiveProfile active, IdentityClients clients, AuditTrail audit, RotationView view, Renderer renderer,
			SessionOptions options) {
		this.active = active;
		this.clients = clients;
		this.audit = audit;
		this.view = view;
		this.renderer = renderer;
		this.options = options;
	}

	void revokeSelf(boolean yes, boolean dryRun, boolean json, CommandContext ctx) {
		Profile profile = this.active.require();
		IdentityClient client = this.clients.current(dryRun);
		if (!client.isDryRun()) {
			this.renderer.warning("revoking the key of profile [" + profile.name() + "] ("
					+ profile.credentials().maskedApiId() + ") locks this profile out: this session and every tool "
					+ "using that key will be refused until new credentials are added");
			Confirmation.require(ctx.inputReader(), yes || this.options.yes(),
					"revoke the key profile [" + profile.name() + "] signs with, locking this profile out");
		}
		AuditEntry entry = this.audit.begin(profile, AuditTrail.REVOKE_SELF)
			.withResult(profile.credentials().apiId(), null);
		revoke(client, client::revokeOwn, entry, ctx);
		if (!client.isDryRun()) {
			this.active.markRevoked();
			show(ctx, json, profile.credentials().apiId(), null, "profile [" + profile.name()
					+ "] is locked out now; switch with 'profile use <profile>' or add new credentials with 'profile add'");
		}
	}

	void revokeUser(String user, boolean yes, boolean dryRun, boolean json, CommandContext ctx) {
		Profile profile = this.active.require();
		String wanted = Arguments.required(user, "revoke user", "<user>");
		IdentityClient client = this.clients.current(dryRun);
		Arguments.refuseWithoutTerminal(ctx.inputReader(), yes || this.options.yes() || client.isDryRun(),
				"revoke the credentials of user " + wanted);
		User target = client.resolveUser(wanted);
		if (Arguments.isSessionAccount(target, profile)) {
			revokeSelf(yes, dryRun, json, ctx);
			return;
		}
		if (!client.isDryRun()) {
			Confirmation.require(ctx.inputReader(), yes || this.options.yes(),
					"revoke the credentials of user " + Arguments.label(target));
		}
		String apiId = (target.apiCredentials() != null) ? target.apiCredentials().apiId() : null;
		AuditEntry entry = this.audit.begin(profile, AuditTrail.REVOKE_USER)
			.withTarget(target.userName(), target.userId())
			.withResult(apiId, null);
		revoke(client, () -> client.revokeForUser(target.userId()), entry, ctx);
		if (!client.isDryRun()) {
			show(ctx, json, apiId, Arguments.label(target), null);
		}
	}

	void revokeId(String apiId, boolean yes, boolean dryRun, boolean json, CommandContext ctx) {
		Profile profile = this.active.require();
		String id = Arguments.bareApiId(Arguments.required(apiId, "revoke id", "<api-id>"));
		if (Arguments.isSessionKey(id, profile)) {
			revokeSelf(yes, dryRun, json, ctx);
			return;
		}
		IdentityClient client = this.clients.current(dryRun);
		if (!client.isDryRun()) {
			Confirmation.require(ctx.inputReader(), yes || this.options.yes(), "revoke the credentials " + id);
		}
		AuditEntry entry = this.audit.begin(profile, AuditTrail.REVOKE_ID).withResult(id, null);
		revoke(client, () -> client.revokeById(id), entry, ctx);
		if (!client.isDryRun()) {
			show(ctx, json, id, null, null);
		}
	}

	/** Sends the DELETE (or prints it in a dry run) and audits the outcome. */
	private void revoke(IdentityClient client, Runnable call, AuditEntry entry, CommandContext ctx) {
		if (client.isDryRun()) {
			call.run();
			this.view.dryRun(ctx.outputWriter(), RotationView.DRY_RUN_REVOKE);
			return;
		}
		try {
			call.run();
		}
		catch (VeracodeApiException ex) {
			this.audit.record(entry.failed(ex.getMessage()));
			throw ex;
		}
		this.audit.record(entry.ok());
	}

	private void show(CommandContext ctx, boolean json, String apiId, String user, String note) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("revoked", (apiId != null) ? apiId : "the current credentials");
		fields.put("user", user);
		fields.put("note", note);
		this.view.revoked(ctx.outputWriter(), json, fields);
	}

}
