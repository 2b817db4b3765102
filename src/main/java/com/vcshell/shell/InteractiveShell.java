package com.vcshell.shell;

import java.io.PrintWriter;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

import org.springframework.shell.core.utils.Utils;
import org.springframework.shell.jline.PromptProvider;

/**
 * The interactive loop on a real terminal: prompt, read, run, repeat. Ctrl-C clears the
 * line at the prompt and interrupts a running command without leaving the shell; Ctrl-D
 * or {@code exit} leaves.
 */
final class InteractiveShell {

	private final LineReader reader;

	private final PromptProvider prompt;

	private final CommandRunner commands;

	InteractiveShell(LineReader reader, PromptProvider prompt, CommandRunner commands) {
		this.reader = reader;
		this.prompt = prompt;
		this.commands = commands;
	}

	/**
	 * Spring Shell's completer touches a class that boots Hibernate Validator; do it in
	 * the background so the first Tab does not wait for it.
	 */
	private static void warmUpCompletion() {
		Thread warmUp = new Thread(() -> Utils.QUIT_COMMAND.getName(), "vcshell-completion-warm-up");
		warmUp.setDaemon(true);
		warmUp.start();
	}

	int run() {
		warmUpCompletion();
		Terminal terminal = this.reader.getTerminal();
		PrintWriter out = terminal.writer();
		Thread shellThread = Thread.currentThread();
		Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> shellThread.interrupt());
		try {
			while (true) {
				String line;
				try {
					line = this.reader.readLine(this.prompt.getPrompt().toAnsi(terminal));
				}
				catch (UserInterruptException ex) {
					continue;
				}
				catch (EndOfFileException ex) {
					return ExitCodes.OK;
				}
				String command = line.strip();
				if (command.isEmpty() || command.startsWith("#")) {
					continue;
				}
				if (command.equals("exit") || command.equals("quit")) {
					return ExitCodes.OK;
				}
				this.commands.run(command, out, out, new TerminalInput(this.reader));
				Thread.interrupted(); // a Ctrl-C that arrived after the command ended
			}
		}
		finally {
			terminal.handle(Terminal.Signal.INT, previous);
		}
	}

}
