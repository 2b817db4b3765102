package com.vcshell.shell;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import com.vcshell.output.OutputFormat;
import com.vcshell.output.Renderer;
import com.vcshell.output.Streams;
import com.vcshell.admin.expiry.ExpirationService;
import com.vcshell.admin.expiry.ExpiryReport;

/**
 * {@code expiration self|user|report}: the expiry and status of API credentials (adapters
 * over {@link ExpirationService}).
 */
@Component
class ExpirationCommands {

	static final String GROUP = "Identity";

	private final ExpirationService service;

	private final ExpirationView view;

	private final Renderer renderer;

	private final Streams streams;

	ExpirationCommands(ExpirationService service, ExpirationView view, Renderer renderer, Streams streams) {
		this.service = service;
		this.view = view;
		this.renderer = renderer;
		this.streams = streams;
	}

	@Command(name = { "expiration", "self" },
			description = "Expiry of the credentials this session signs with: api id, date, days left, status",
			group = GROUP)
	public void self(@Option(longName = "json", description = "print JSON") boolean json,
			@Option(longName = "dry-run", description = "print the request instead of sending it") boolean dryRun,
			CommandContext ctx) {
		this.view.one(ctx.outputWriter(), this.renderer.format(json), this.service.self(dryRun));
	}

	@Command(name = { "expiration", "user" },
			description = "Expiry of a user's credentials; the user is a user id or an exact user name", group = GROUP,
			completionProvider = UserNameCompletion.NAME)
	public void user(@Argument(index = 0, description = "user id or exact user name") String user,
			@Option(longName = "json", description = "print JSON") boolean json,
			@Option(longName = "dry-run", description = "print the requests instead of sending them") boolean dryRun,
			CommandContext ctx) {
		this.view.one(ctx.outputWriter(), this.renderer.format(json), this.service.user(user, dryRun));
	}

	@Command(name = { "expiration", "report" },
			description = "Every API service account with its credentials' expiry, soonest first", group = GROUP)
	public void report(
			@Option(longName = "within", description = "only those expiring within this many days") Integer within,
			@Option(longName = "json", description = "print one JSON array") boolean json,
			@Option(longName = "csv", description = "print CSV with a header row") boolean csv,
			@Option(longName = "dry-run", description = "print the requests instead of sending them") boolean dryRun,
			CommandContext ctx) {
		OutputFormat format = this.renderer.format(json, csv);
		ExpiryReport report = this.service.report(within, dryRun, ProgressBar.on(this.streams, "accounts"));
		this.view.report(ctx.outputWriter(), format, report);
		if (!report.complete()) {
			throw report.incomplete();
		}
	}

}
