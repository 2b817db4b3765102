package com.vcshell.shell;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.stereotype.Component;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.identity.ApiCredentialsInfo;
import com.vcshell.identity.GeneratedCredentials;
import com.vcshell.identity.IdentityClient;
import com.vcshell.identity.User;
import com.vcshell.identity.VeracodeApiException;
import com.vcshell.output.Masking;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.vault.AuditEntry;
import com.vcshell.profile.Profile;
import com.vcshell.admin.SessionOptions;

/**
 * {@code generate self} and {@code generate user}: the destination is known before the
 * call, the user confirms, the pair is generated once (never retried), the session
 * switches to it at once (self), it is saved where asked or rescued (design §1), proven
 * with a signed call (self), shown, and audited.
 */
@Component
class CredentialRotation {

	private final ActiveProfile active;

	private final IdentityClients clients;

	private final DestinationPlanner destinations;

	private final SecretKeeper keeper;

	private final AuditTrail audit;

	private final RotationView view;

	private final SessionOptions options;

	CredentialRotation(ActiveProfile active, IdentityClients clients, DestinationPlanner destinations,
			SecretKeeper keeper, AuditTrail audit, RotationView view, SessionOptions options) {
		this.active = active;
		this.clients = clients;
		this.destinations = destinations;
		this.keeper = keeper;
		this.audit = audit;
		this.view = view;
		this.options = options;
	}

	void generateSelf(GenerateOptions request, CommandContext ctx) {
		Profile profile = this.active.require();
		Destinations where = this.destinations.forSelf(profile, request);
		IdentityClient client = this.clients.current(request.dryRun());
		if (client.isDryRun()) {
			client.generateOwn();
			this.view.dryRun(ctx.outputWriter(), RotationView.DRY_RUN_GENERATE);
			return;
		}
		Confirmation.require(ctx.inputReader(), request.yes() || this.options.yes(),
				"generate new credentials for profile [" + profile.name()
						+ "] (this revokes the pair it signs with now)" + where.confirmationSuffix());
		AuditEntry entry = this.audit.begin(profile, AuditTrail.GENERATE_SELF);
		GeneratedCredentials generated = generate(client::generateOwn, entry);
		finish(generated, where, entry, this.active::switchCredentials, "profile", profile.name(), request, ctx);
	}

	void generateUser(String user, GenerateOptions request, CommandContext ctx) {
		Profile profile = this.active.require();
		String wanted = Arguments.required(user, "generate user", "<user>");
		Destinations where = this.destinations.forUser(profile, request, ctx.inputReader());
		IdentityClient client = this.clients.current(request.dryRun());
		boolean yes = request.yes() || this.options.yes() || client.isDryRun();
		Arguments.refuseWithoutTerminal(ctx.inputReader(), yes, "generate new credentials for user " + wanted);
		User target = client.resolveUser(wanted);
		if (client.isDryRun()) {
			client.generateForUser(target.userId());
			this.view.dryRun(ctx.outputWriter(), RotationView.DRY_RUN_GENERATE);
			return;
		}
		if (Arguments.isSessionAccount(target, profile)) {
			throw new UsageException("user " + Arguments.label(target)
					+ " is the account this session signs with: use 'generate self', which switches the session to the new pair");
		}
		Confirmation.require(ctx.inputReader(), yes, "generate new credentials for user " + Arguments.label(target)
				+ " (this revokes that user's current pair)" + where.confirmationSuffix());
		AuditEntry entry = this.audit.begin(profile, AuditTrail.GENERATE_USER)
			.withTarget(target.userName(), target.userId());
		GeneratedCredentials generated = generate(() -> client.generateForUser(target.userId()), entry);
		finish(generated, where, entry, (pair) -> {
		}, "user", Arguments.label(target), request, ctx);
	}

	/** Calls the API once; an ambiguous failure is audited as {@code unknown}. */
	private GeneratedCredentials generate(Supplier<GeneratedCredentials> call, AuditEntry entry) {
		try {
			GeneratedCredentials generated = call.get();
			if (!generated.isComplete()) {
				throw new VeracodeApiException(VeracodeApiException.Kind.REMOTE, 0,
						"the API answered without a complete credential pair: the current pair may be revoked; "
								+ "check with 'expiration self' or 'expiration user <user>'",
						null, true);
			}
			return generated;
		}
		catch (VeracodeApiException ex) {
			this.audit.record(ex.outcomeUnknown() ? entry.unknown() : entry.failed(ex.getMessage()));
			throw ex;
		}
	}

	private void finish(GeneratedCredentials generated, Destinations where, AuditEntry entry,
			Consumer<ApiCredentials> useAtOnce, String subjectKind, String subject, GenerateOptions request,
			CommandContext ctx) {
		SecretKeeper.Kept kept = this.keeper.keep(generated, where, useAtOnce);
		boolean self = AuditTrail.GENERATE_SELF.equals(entry.operation());
		VeracodeApiException checkFailure = null;
		ApiCredentialsInfo check = null;
		if (self && kept.pair() != null) {
			try {
				check = this.clients.current().ownCredentials();
			}
			catch (VeracodeApiException ex) {
				checkFailure = ex;
			}
		}
		var expiration = (check != null && check.expiration() != null) ? check.expiration() : generated.expiration();
		AuditEntry result = entry.withResult(generated.apiId(), expiration);
		this.audit.record(kept.saved() ? result.ok() : result.notSaved());
		String secret = where.reveal() ? generated.apiSecret() : Masking.secret(generated.apiSecret());
		this.view.generated(ctx.outputWriter(), request.json(),
				new RotationView.Generated(subjectKind, subject, generated.apiId(), secret, where.reveal(), expiration,
						kept.savedTo(), (kept.rescueFile() != null) ? kept.rescueFile().toString() : null,
						self ? Boolean.valueOf(check != null) : null));
		if (!kept.saved()) {
			throw new SecretNotSavedException(kept.problem());
		}
		if (checkFailure != null) {
			throw new VeracodeApiException(checkFailure.kind(), checkFailure.status(),
					"the new credentials are in place, but the check with them failed: " + checkFailure.getMessage());
		}
	}

}
