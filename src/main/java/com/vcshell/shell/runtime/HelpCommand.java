package com.vcshell.shell.runtime;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.stereotype.Component;

import com.vcshell.output.Renderer;
import com.vcshell.shell.runtime.CommandArguments.Positional;
import com.vcshell.output.TerminalWidth;

/**
 * {@code help} lists the commands by group, sorted, one line each; {@code help <command>}
 * shows one command's usage, positional arguments and options.
 * <p>
 * Workaround: Spring Shell 4.0.1's help lists the commands in random order (fixed in
 * 4.0.2, "Sort command names in help output") and leaves positional arguments out
 * (spring-shell#1344, fixed in 4.0.3). Delete when Spring Shell ≥ 4.0.3 can be used and
 * its help fits the terminal's width.
 */
@Component
class HelpCommand implements Command {

	private static final String GROUP = "Built-In Commands";

	private final TerminalWidth width;

	private final Renderer renderer;

	private final CommandArguments arguments;

	HelpCommand(TerminalWidth width, Renderer renderer, CommandArguments arguments) {
		this.width = width;
		this.renderer = renderer;
		this.arguments = arguments;
	}

	@Override
	public String getName() {
		return "help";
	}

	@Override
	public String getDescription() {
		return "List the commands, or show one command's usage: help <command>";
	}

	@Override
	public String getGroup() {
		return GROUP;
	}

	@Override
	public ExitStatus execute(CommandContext ctx) {
		String asked = ctx.parsedInput()
			.arguments()
			.stream()
			.map(CommandArgument::value)
			.collect(Collectors.joining(" "));
		List<Command> commands = ctx.commandRegistry()
			.getCommands()
			.stream()
			.filter(command -> !command.isHidden())
			.sorted(Comparator.comparing(Command::getName))
			.toList();
		PrintWriter out = ctx.outputWriter();
		if (asked.isEmpty()) {
			overview(commands, this.width.getAsInt(), out);
		}
		else {
			Command command = ctx.commandRegistry().getCommandByName(asked);
			if (command == null) {
				List<Command> group = commands.stream().filter(c -> c.getName().startsWith(asked + " ")).toList();
				if (group.isEmpty()) {
					throw new CommandLineException("no command '" + asked + "' (try 'help')");
				}
				out.println("Available sub-commands for '" + asked + "':");
				group.forEach(c -> out.println("  " + c.getName() + " - " + c.getDescription()));
			}
			else {
				details(command, out);
			}
		}
		out.flush();
		return ExitStatus.OK;
	}

	private void overview(List<Command> commands, int screenWidth, PrintWriter out) {
		Map<String, List<Command>> groups = new TreeMap<>(
				Comparator.comparing((String group) -> group.equals(GROUP)).thenComparing(group -> group));
		commands.forEach(c -> groups
			.computeIfAbsent(c.getGroup().isEmpty() ? "Other" : c.getGroup(), g -> new java.util.ArrayList<>())
			.add(c));
		groups.computeIfAbsent(GROUP, g -> new java.util.ArrayList<>());
		int width = commands.stream().mapToInt(c -> names(c).length()).max().orElse(10);
		groups.forEach((group, members) -> {
			out.println(group);
			members.forEach(c -> out
				.println("  " + pad(names(c), width) + "  " + fit(c.getDescription(), screenWidth - width - 4)));
			out.println();
		});
		out.println("'help <command>' shows a command's options; every data command takes --json.");
	}

	/** One line per command: a long description is cut to the screen with an ellipsis. */
	private String fit(String description, int room) {
		return (room < 20) ? description : this.renderer.fit(description, room);
	}

	private static String names(Command command) {
		return command.getAliases().isEmpty() ? command.getName()
				: command.getName() + ", " + String.join(", ", command.getAliases());
	}

	private void details(Command command, PrintWriter out) {
		List<Positional> positionals = this.arguments.of(command.getName());
		StringBuilder usage = new StringBuilder(command.getName());
		positionals.forEach(positional -> usage.append(' ').append(positional.placeholder()));
		for (CommandOption option : command.getOptions()) {
			usage.append(" [--")
				.append(option.longName())
				.append(ShellCommandParser.isFlag(option) ? "" : " <value>")
				.append(']');
		}
		out.println(command.getName() + " - " + command.getDescription());
		out.println();
		out.println("usage: " + usage);
		int width = Math.max(positionals.stream().mapToInt(p -> p.placeholder().length()).max().orElse(0),
				command.getOptions().stream().mapToInt(o -> o.longName().length() + 2).max().orElse(0));
		if (!positionals.isEmpty()) {
			out.println();
			positionals.forEach(p -> out.println("  " + pad(p.placeholder(), width) + "  " + p.description()));
		}
		if (!command.getOptions().isEmpty()) {
			out.println();
			for (CommandOption option : command.getOptions()) {
				String description = (option.description() != null) ? option.description() : "";
				out.println("  " + pad("--" + option.longName(), width) + "  " + description);
			}
		}
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(0, width - text.length()));
	}

}
