package com.vcshell.shell;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code generate self|user}: adapters over {@link CredentialRotation}. */
@Component
class GenerateCommands {

	private static final String GROUP = "Credentials";

	private final CredentialRotation rotation;

	GenerateCommands(CredentialRotation rotation) {
		this.rotation = rotation;
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
		this.rotation.generateSelf(new GenerateOptions(yes, reveal, saveAs, null, json, dryRun), ctx);
	}

	@Command(name = { "generate", "user" },
			description = "New credentials for an API service account (revokes its current pair); needs --save-as, --out or --reveal",
			group = GROUP, completionProvider = "userNameCompletion")
	public void user(@Argument(index = 0, description = "user id or exact user name") String user,
			@Option(longName = "save-as", description = "save into this profile") String saveAs,
			@Option(longName = "out", description = "write a new credentials file ([default], 0600)") String out,
			@Option(longName = "reveal", description = "print the new secret in full, once") boolean reveal,
			@Option(longName = "yes", description = "do not ask") boolean yes,
			@Option(longName = "json", description = "print JSON") boolean json,
			@Option(longName = "dry-run", description = "print the requests, send nothing") boolean dryRun,
			CommandContext ctx) {
		this.rotation.generateUser(user, new GenerateOptions(yes, reveal, saveAs, out, json, dryRun), ctx);
	}

}
