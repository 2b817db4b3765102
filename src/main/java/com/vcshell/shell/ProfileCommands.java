package com.vcshell.shell;

import java.util.Arrays;
import java.util.List;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import com.vcshell.admin.check.CheckReport;
import com.vcshell.admin.check.ProfileCheck;
import com.vcshell.output.Renderer;
import com.vcshell.output.Neutralise;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.Profile;
import com.vcshell.profile.ProfileManager;
import com.vcshell.admin.SessionOptions;
import com.vcshell.shell.runtime.CommandLineException;

/** {@code profile list|use|show|add|remove}: adapters over {@link ProfileManager}. */
@Component
class ProfileCommands {

	static final String GROUP = "Profiles";

	private final ActiveProfile active;

	private final ProfileManager profiles;

	private final SessionOptions options;

	private final ProfileView view;

	private final ProfileCheck check;

	private final ProfileCheckView checkView;

	private final Renderer renderer;

	ProfileCommands(ActiveProfile active, ProfileManager profiles, SessionOptions options, ProfileView view,
			ProfileCheck check, ProfileCheckView checkView, Renderer renderer) {
		this.active = active;
		this.profiles = profiles;
		this.options = options;
		this.view = view;
		this.check = check;
		this.checkView = checkView;
		this.renderer = renderer;
	}

	@Command(name = { "profile", "list" },
			description = "List the profiles: masked key id, region, API base URL (--check: with profile check's view)",
			group = GROUP)
	public void list(@Option(longName = "json", description = "print JSON") boolean json,
			@Option(longName = "check", description = "check each key as 'profile check' does") boolean check,
			CommandContext ctx) {
		if (!check) {
			this.view.list(ctx.outputWriter(), this.profiles.list(), this.profiles.file(), json);
			return;
		}
		CheckReport report = this.check.check(List.of(), null);
		this.checkView.list(ctx.outputWriter(), this.renderer.format(json), this.profiles.list(), report);
		if (!report.allValid()) {
			throw report.failure();
		}
	}

	@Command(name = { "profile", "use" }, description = "Switch the session to a profile", group = GROUP,
			completionProvider = "profileNameCompletion")
	public String use(@Argument(index = 0, description = "the profile") String profile) {
		Profile used = this.active.use(required(profile, "profile use"));
		return Neutralise
			.message("using profile [" + used.name() + "] (" + used.regionLabel() + ", " + used.apiBaseUrl() + ")");
	}

	@Command(name = { "profile", "show" }, description = "Show the active profile", group = GROUP)
	public void show(@Option(longName = "json", description = "print JSON") boolean json, CommandContext ctx) {
		this.view.details(ctx.outputWriter(), this.active.require(), this.active.revoked(),
				this.active.credentialsFile(), json);
	}

	@Command(name = { "profile", "add" },
			description = "Add a profile; the key id and secret are asked without echo (--from-env: from VERACODE_API_KEY_ID/_SECRET)",
			group = GROUP)
	public String add(@Argument(index = 0, description = "the new profile") String profile,
			@Option(longName = "from-env",
					description = "take the key from VERACODE_API_KEY_ID/_SECRET") boolean fromEnv,
			@Option(longName = "api-base-url", description = "a custom API base URL") String apiBaseUrl,
			@Option(longName = "yes", description = "replace an existing profile without asking") boolean yes,
			CommandContext ctx) throws Exception {
		String name = required(profile, "profile add");
		this.profiles.checkName(name);
		if (this.profiles.exists(name)) {
			new TerminalConfirmer(ctx.inputReader()).require(yes || this.options.yes(),
					"replace the keys of profile [" + name + "]");
		}
		if (fromEnv) {
			this.profiles.addFromEnvironment(name, apiBaseUrl);
		}
		else {
			addTyped(name, apiBaseUrl, ctx);
		}
		return Neutralise.message("saved profile [" + name + "] in " + this.profiles.file()
				+ "; switch to it with 'profile use " + name + "'");
	}

	@Command(name = { "profile", "remove" }, description = "Remove a profile from the credentials file", group = GROUP,
			completionProvider = "profileNameCompletion")
	public String remove(@Argument(index = 0, description = "the profile") String profile,
			@Option(longName = "yes", description = "do not ask") boolean yes, CommandContext ctx) {
		String name = required(profile, "profile remove");
		this.profiles.requireExisting(name);
		new TerminalConfirmer(ctx.inputReader()).require(yes || this.options.yes(),
				"remove profile [" + name + "] from " + this.profiles.file());
		boolean wasActive = this.profiles.remove(name);
		return Neutralise.message("removed profile [" + name + "] from " + this.profiles.file() + (wasActive
				? "; it was the active profile: the session is back on the startup choice (see 'profile show')" : ""));
	}

	private void addTyped(String profile, String apiBaseUrl, CommandContext ctx) throws Exception {
		if (!new TerminalConfirmer(ctx.inputReader()).canAsk()) {
			throw new CommandLineException("profile add asks for the key at a terminal; in scripts use --from-env");
		}
		char[] id = ctx.inputReader().readPassword("API key id: ");
		char[] secret = ctx.inputReader().readPassword("API key secret: ");
		try {
			this.profiles.add(profile, new String(id), secret, apiBaseUrl);
		}
		finally {
			Arrays.fill(secret, '\0');
		}
	}

	private static String required(String name, String command) {
		if (name == null || name.isBlank()) {
			throw new CommandLineException(command + " needs a profile name: " + command + " <profile>");
		}
		return name;
	}

}
