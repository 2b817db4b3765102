package com.vcshell.shell;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import com.vcshell.admin.rotation.CredentialRotation;
import com.vcshell.admin.rotation.GenerateRequest;
import com.vcshell.admin.rotation.RotationResult;

/** {@code generate self|user}: adapters over {@link CredentialRotation}. */
@Component
class GenerateCommands {

	private static final String GROUP = "Credentials";

	private final CredentialRotation rotation;

	private final RotationView view;

	GenerateCommands(CredentialRotation rotation, RotationView view) {
		this.rotation = rotation;
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
			description = "New credentials for an API service account (revokes its current pair); needs --save-as, --out or --reveal",
			group = GROUP, completionProvider = UserNameCompletion.NAME)
	public void user(@Argument(index = 0, description = "user id or exact user name") String user,
			@Option(longName = "save-as", description = "save into this profile") String saveAs,
			@Option(longName = "out", description = "write a new credentials file ([default], 0600)") String out,
			@Option(longName = "reveal", description = "print the new secret in full, once") boolean reveal,
			@Option(longName = "yes", description = "do not ask") boolean yes,
			@Option(longName = "json", description = "print JSON") boolean json,
			@Option(longName = "dry-run", description = "print the requests, send nothing") boolean dryRun,
			CommandContext ctx) {
		show(this.rotation.generateUser(user, new GenerateRequest(yes, reveal, saveAs, out, dryRun),
				new TerminalConfirmer(ctx.inputReader()), new DestinationQuestion(ctx.inputReader())), json, ctx);
	}

	/**
	 * Shows the result first (the new secret may exist nowhere else), then fails when it
	 * was not saved where asked (exit 7) or the check with it failed.
	 */
	private void show(RotationResult result, boolean json, CommandContext ctx) {
		this.view.generated(ctx.outputWriter(), json, result);
		if (!result.saved()) {
			throw new SecretNotSavedException(result.notSaved());
		}
		if (result.checkFailure() != null) {
			throw result.checkFailure();
		}
	}

}
