package com.vcshell.shell;

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
import com.vcshell.output.TerminalWidth;

/**
 * {@code help} lists the commands by group, sorted; {@code help <command>} shows one
 * command's usage and options. Replaces Spring Shell 4.0.1's help, which lists in random
 * order.
 */
@Component
class HelpCommand implements Command {

	private static final String GROUP = "Built-In Commands";

	private final TerminalWidth width;

	private final Renderer renderer;

	HelpCommand(TerminalWidth width, Renderer renderer) {
		this.width = width;
		this.renderer = renderer;
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
					throw new UsageException("no command '" + asked + "' (try 'help')");
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

	private static void details(Command command, PrintWriter out) {
		StringBuilder usage = new StringBuilder(command.getName());
		for (CommandOption option : command.getOptions()) {
			usage.append(" [--").append(option.longName()).append(isFlag(option) ? "" : " <value>").append(']');
		}
		out.println(command.getName() + " - " + command.getDescription());
		out.println();
		out.println("usage: " + usage);
		if (!command.getOptions().isEmpty()) {
			out.println();
			int width = command.getOptions().stream().mapToInt(o -> o.longName().length()).max().orElse(4) + 2;
			for (CommandOption option : command.getOptions()) {
				String description = (option.description() != null) ? option.description() : "";
				out.println("  " + pad("--" + option.longName(), width) + "  " + description);
			}
		}
	}

	private static boolean isFlag(CommandOption option) {
		return option.type() == boolean.class || option.type() == Boolean.class;
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(0, width - text.length()));
	}

}
