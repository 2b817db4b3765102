package com.vcshell.shell;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import com.vcshell.admin.revocation.Revocation;

/** {@code revoke self|user|id}: adapters over {@link Revocation}. */
@Component
class RevokeCommands {

	private static final String GROUP = "Credentials";

	private final Revocation revocation;

	private final RotationView view;

	RevokeCommands(Revocation revocation, RotationView view) {
		this.revocation = revocation;
		this.view = view;
	}

	@Command(name = { "revoke", "self" },
			description = "Revoke the key this profile signs with (locks this profile out)", group = GROUP)
	public void self(@Option(longName = "yes", description = "do not ask") boolean yes,
			@Option(longName = "json", description = "print JSON") boolean json,
			@Option(longName = "dry-run", description = "print the request, send nothing") boolean dryRun,
			CommandContext ctx) {
		this.view.revoked(ctx.outputWriter(), json,
				this.revocation.revokeSelf(yes, dryRun, new TerminalConfirmer(ctx.inputReader())));
	}

	@Command(name = { "revoke", "user" }, description = "Revoke a user's current credentials", group = GROUP,
			completionProvider = UserNameCompletion.NAME)
	public void user(@Argument(index = 0, description = "user id or exact user name") String user,
			@Option(longName = "yes", description = "do not ask") boolean yes,
			@Option(longName = "json", description = "print JSON") boolean json,
			@Option(longName = "dry-run", description = "print the requests, send nothing") boolean dryRun,
			CommandContext ctx) {
		this.view.revoked(ctx.outputWriter(), json,
				this.revocation.revokeUser(user, yes, dryRun, new TerminalConfirmer(ctx.inputReader())));
	}

	@Command(name = { "revoke", "id" }, description = "Revoke credentials by api id", group = GROUP)
	public void id(@Argument(index = 0, description = "the api id") String apiId,
			@Option(longName = "yes", description = "do not ask") boolean yes,
			@Option(longName = "json", description = "print JSON") boolean json,
			@Option(longName = "dry-run", description = "print the request, send nothing") boolean dryRun,
			CommandContext ctx) {
		this.view.revoked(ctx.outputWriter(), json,
				this.revocation.revokeId(apiId, yes, dryRun, new TerminalConfirmer(ctx.inputReader())));
	}

}
