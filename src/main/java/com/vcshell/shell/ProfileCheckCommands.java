package com.vcshell.shell;

import java.util.List;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import com.vcshell.admin.check.CheckReport;
import com.vcshell.admin.check.ProfileCheck;
import com.vcshell.output.Renderer;

/**
 * {@code profile check [<profile>…]}: every profile's key tried with its own signed call
 * (an adapter over {@link ProfileCheck}). Fails, after printing, unless every profile is
 * valid.
 */
@Component
class ProfileCheckCommands {

	private final ProfileCheck check;

	private final ProfileCheckView view;

	private final Renderer renderer;

	ProfileCheckCommands(ProfileCheck check, ProfileCheckView view, Renderer renderer) {
		this.check = check;
		this.view = view;
		this.renderer = renderer;
	}

	@Command(name = { "profile", "check" },
			description = "Check every profile's key (or the named ones) with a signed call: account, expiry, status",
			group = ProfileCommands.GROUP, completionProvider = ProfileNameCompletion.EVERY_ARGUMENT)
	public void check(@Arguments List<String> profiles,
			@Option(longName = "within",
					description = "expiring means fewer days left than this (default 30)") Integer within,
			@Option(longName = "json", description = "print one JSON array") boolean json,
			@Option(longName = "csv", description = "print CSV with a header row") boolean csv, CommandContext ctx) {
		CheckReport report = this.check.check(profiles, within);
		this.view.report(ctx.outputWriter(), this.renderer.format(json, csv), report);
		if (!report.allValid()) {
			throw report.failure();
		}
	}

}
