package com.vcshell.shell;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import com.vcshell.output.Renderer;
import com.vcshell.admin.users.UserDirectory;

/**
 * {@code whoami} and {@code users list|search|show}: adapters over {@link UserDirectory}.
 */
@Component
class UserCommands {

	private static final String DRY_RUN = "print the requests instead of sending them";

	private static final String TYPE = "api (service accounts) or user (people)";

	private final UserDirectory users;

	private final UserView view;

	private final Renderer renderer;

	UserCommands(UserDirectory users, UserView view, Renderer renderer) {
		this.users = users;
		this.view = view;
		this.renderer = renderer;
	}

	@Command(name = "whoami",
			description = "The account behind the active profile: name, id, type, roles, admin rights, key",
			group = ExpirationCommands.GROUP)
	public void whoami(@Option(longName = "json", description = "print JSON") boolean json,
			@Option(longName = "dry-run", description = DRY_RUN) boolean dryRun, CommandContext ctx) {
		this.view.whoami(ctx.outputWriter(), this.renderer.format(json), this.users.whoami(dryRun));
	}

	@Command(name = { "users", "list" }, description = "Every user of the tenant (paged through to the end)",
			group = ExpirationCommands.GROUP)
	public void list(@Option(longName = "type", description = TYPE) String type,
			@Option(longName = "json", description = "print JSON") boolean json,
			@Option(longName = "dry-run", description = DRY_RUN) boolean dryRun, CommandContext ctx) {
		this.view.list(ctx.outputWriter(), this.renderer.format(json), this.users.list(type, dryRun));
	}

	@Command(name = { "users", "search" }, description = "Users whose name or e-mail contains a term",
			group = ExpirationCommands.GROUP)
	public void search(@Argument(index = 0, description = "the search term") String term,
			@Option(longName = "type", description = TYPE) String type,
			@Option(longName = "json", description = "print JSON") boolean json,
			@Option(longName = "dry-run", description = DRY_RUN) boolean dryRun, CommandContext ctx) {
		this.view.list(ctx.outputWriter(), this.renderer.format(json), this.users.search(term, type, dryRun));
	}

	@Command(name = { "users", "show" }, description = "One user's details and credentials' expiry",
			group = ExpirationCommands.GROUP, completionProvider = UserNameCompletion.NAME)
	public void show(@Argument(index = 0, description = "user id or exact user name") String user,
			@Option(longName = "json", description = "print JSON") boolean json,
			@Option(longName = "dry-run", description = DRY_RUN) boolean dryRun, CommandContext ctx) {
		this.view.details(ctx.outputWriter(), this.renderer.format(json), this.users.show(user, dryRun));
	}

}
