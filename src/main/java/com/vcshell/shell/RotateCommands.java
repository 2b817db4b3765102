package com.vcshell.shell;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import com.vcshell.admin.Arguments;
import com.vcshell.admin.fleet.FleetResume;
import com.vcshell.admin.fleet.FleetRotation;
import com.vcshell.admin.fleet.FleetStatus;
import com.vcshell.admin.fleet.PreparedResume;
import com.vcshell.admin.fleet.PreparedRun;
import com.vcshell.admin.fleet.RotationPlanner;
import com.vcshell.admin.fleet.RunResult;
import com.vcshell.output.Streams;

/**
 * {@code rotate plan|apply|status|resume}: adapters over the fleet use cases
 * ({@link RotationPlanner}, {@link FleetRotation}, {@link FleetStatus},
 * {@link FleetResume}).
 */
@Component
class RotateCommands {

	private static final String GROUP = "Rotation";

	private final RotationPlanner planner;

	private final FleetRotation fleet;

	private final FleetResume resumption;

	private final FleetStatus status;

	private final RotateView view;

	private final Streams streams;

	RotateCommands(RotationPlanner planner, FleetRotation fleet, FleetResume resumption, FleetStatus status,
			RotateView view, Streams streams) {
		this.planner = planner;
		this.fleet = fleet;
		this.resumption = resumption;
		this.status = status;
		this.view = view;
		this.streams = streams;
	}

	@Command(name = { "rotate", "plan" },
			description = "Write a rotation plan (no secrets): accounts, their api id and expiry, where each new pair goes",
			group = GROUP)
	public void plan(
			@Option(longName = "within", description = "only those expiring within this many days") Integer within,
			@Option(longName = "user",
					description = "only this user (id or name; repeat it or use commas)") String user,
			@Option(longName = "type",
					description = "account type: api (the only one with keys to rotate)") String type,
			@Option(longName = "out", description = "write the plan to this new file instead of stdout") String out,
			CommandContext ctx) {
		this.view.written(ctx.outputWriter(), this.planner.plan(within, users(ctx), type, out, commandLine(ctx),
				ProgressBar.on(this.streams, "accounts")));
	}

	@Command(name = { "rotate", "apply" },
			description = "Rotate each account of a plan: check, generate, save, deliver, verify, journal",
			group = GROUP, completionProvider = "fileNameCompletionProvider")
	public void apply(@Argument(index = 0, description = "the plan file") String plan,
			@Option(longName = "yes", description = "do not ask") boolean yes,
			@Option(longName = "dry-run", description = "print the requests, send nothing") boolean dryRun,
			@Option(longName = "force",
					description = "rotate accounts whose api id changed since the plan") boolean force,
			@Option(longName = "json", description = "print JSON") boolean json, CommandContext ctx) {
		TerminalConfirmer confirmer = new TerminalConfirmer(ctx.inputReader());
		PreparedRun run = this.fleet.prepare(Path.of(Arguments.required(plan, "rotate apply", "<plan>")), yes, dryRun,
				force, confirmer);
		if (run.asks() && confirmer.canAsk()) {
			this.view.plan(ctx.outputWriter(), run.plan());
		}
		this.fleet.confirm(run, confirmer);
		finish(this.fleet.apply(run, ProgressBar.on(this.streams, "accounts")), json, ctx);
	}

	@Command(name = { "rotate", "status" },
			description = "Each account's last state in a rotation journal (the newest when none is named)",
			group = GROUP, completionProvider = "fileNameCompletionProvider")
	public void status(@Argument(index = 0, description = "the journal (.jsonl)") String journal,
			@Option(longName = "json", description = "print JSON") boolean json, CommandContext ctx) {
		this.view.summary(ctx.outputWriter(), json, this.status.status(journal));
	}

	@Command(name = { "rotate", "resume" },
			description = "Finish a run: pending deliveries and checks, accounts not reached; never generates blindly",
			group = GROUP, completionProvider = "fileNameCompletionProvider")
	public void resume(@Argument(index = 0, description = "the journal (.jsonl)") String journal,
			@Option(longName = "yes", description = "do not ask") boolean yes,
			@Option(longName = "json", description = "print JSON") boolean json, CommandContext ctx) {
		TerminalConfirmer confirmer = new TerminalConfirmer(ctx.inputReader());
		PreparedResume run = this.resumption.prepare(Path.of(Arguments.required(journal, "rotate resume", "<journal>")),
				yes, confirmer);
		if (run.asks() && confirmer.canAsk()) {
			this.view.plan(ctx.outputWriter(), run.plan());
		}
		this.resumption.confirm(run, confirmer);
		finish(this.resumption.resume(run, ProgressBar.on(this.streams, "accounts")), json, ctx);
	}

	/** Shows every account, then fails as the worst one did. */
	private void finish(RunResult result, boolean json, CommandContext ctx) {
		this.view.summary(ctx.outputWriter(), json, result);
		RunFailure.of(result).ifPresent((failure) -> {
			throw failure;
		});
	}

	/** Every {@code --user} given, each split at commas. */
	private static List<String> users(CommandContext ctx) {
		return ctx.parsedInput()
			.options()
			.stream()
			.filter((option) -> "user".equals(option.longName()))
			.flatMap((option) -> Arrays.stream(option.value().split(",")))
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.toList();
	}

	/** The command as typed, for the plan's header. */
	private static String commandLine(CommandContext ctx) {
		return ctx.parsedInput()
			.options()
			.stream()
			.map((CommandOption option) -> " --" + option.longName() + " " + option.value())
			.collect(Collectors.joining("", "rotate plan", ""));
	}

}
