package com.vcshell.shell;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import com.vcshell.admin.delivery.DeliveryFailedException;
import com.vcshell.admin.rotation.CredentialRotation;
import com.vcshell.admin.rotation.DeliveredRotation;
import com.vcshell.admin.rotation.GenerateAndDeliver;
import com.vcshell.admin.rotation.GenerateRequest;
import com.vcshell.admin.rotation.RotationResult;

/** {@code generate self|user}: adapters over {@link CredentialRotation}. */
@Component
class GenerateCommands {

	private static final String GROUP = "Credentials";

	private final CredentialRotation rotation;

	private final GenerateAndDeliver delivering;

	private final RotationView view;

	GenerateCommands(CredentialRotation rotation, GenerateAndDeliver delivering, RotationView view) {
		this.rotation = rotation;
		this.delivering = delivering;
		this.view = view;
	}

	@Command(name = { "generate", "self" },
			description = "New credentials for this profile's account (revokes the current pair); saves them into the active profile, switches the session, verifies",
			group = GROUP)
	public void self(@Option(longName = "yes", description = "do not ask") boolean yes,
			@Option(longName = "reveal", description = "print the new secret in full, once") boolean reveal,
			@Option(longName = "save-as", description = "save into this profile instead") String saveAs,
			@Option(longName = "json", description = "print JSON") boolean json,
			@Option(longName = "dry-run", description = "print the request, send nothing") boolean dryRun,
			CommandContext ctx) {
		show(this.rotation.generateSelf(new GenerateRequest(yes, reveal, saveAs, null, dryRun),
				new TerminalConfirmer(ctx.inputReader())), json, ctx);
	}

	@Command(name = { "generate", "user" },
			description = "New credentials for an API service account (revokes its current pair); needs --save-as, --out, --deliver or --reveal",
			group = GROUP, completionProvider = UserNameCompletion.NAME)
	public void user(@Argument(index = 0, description = "user id or exact user name") String user,
			@Option(longName = "save-as", description = "save into this profile") String saveAs,
			@Option(longName = "out", description = "write a new credentials file ([default], 0600)") String out,
			@Option(longName = "deliver",
					description = "then run this command with the pair in VERACODE_API_KEY_ID/_SECRET and on stdin") String deliver,
			@Option(longName = "deliver-timeout", description = "seconds the delivery may run (60)") Integer timeout,
			@Option(longName = "reveal", description = "print the new secret in full, once") boolean reveal,
			@Option(longName = "yes", description = "do not ask") boolean yes,
			@Option(longName = "json", description = "print JSON") boolean json,
			@Option(longName = "dry-run", description = "print the requests, send nothing") boolean dryRun,
			CommandContext ctx) {
		GenerateRequest request = new GenerateRequest(yes, reveal, saveAs, out, dryRun);
		TerminalConfirmer confirmer = new TerminalConfirmer(ctx.inputReader());
		DestinationQuestion question = new DestinationQuestion(ctx.inputReader());
		if (deliver != null) {
			delivered(this.delivering.generateUser(user, request, deliver, timeout, confirmer, question), json, ctx);
			return;
		}
		show(this.rotation.generateUser(user, request, confirmer, question), json, ctx);
	}

	/** As {@link #show}, then fails when the delivery did (exit 8). */
	private void delivered(DeliveredRotation delivered, boolean json, CommandContext ctx) {
		this.view.delivered(ctx.outputWriter(), json, delivered);
		fail(delivered.rotation());
		if (delivered.deliveryFailed()) {
			throw new DeliveryFailedException(delivered.failure());
		}
	}

	/**
	 * Shows the result first (the new secret may exist nowhere else), then fails when it
	 * was not saved where asked (exit 7) or the check with it failed.
	 */
	private void show(RotationResult result, boolean json, CommandContext ctx) {
		this.view.generated(ctx.outputWriter(), json, result);
		fail(result);
	}

	private static void fail(RotationResult result) {
		if (!result.saved()) {
			throw new SecretNotSavedException(result.notSaved());
		}
		if (result.checkFailure() != null) {
			throw result.checkFailure();
		}
	}

}
