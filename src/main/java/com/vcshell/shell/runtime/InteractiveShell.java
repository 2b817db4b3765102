package com.vcshell.shell.runtime;

import java.io.PrintWriter;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

import org.springframework.shell.jline.PromptProvider;

/**
 * The interactive loop on a real terminal: prompt, read, run, repeat. Ctrl-C clears the
 * line at the prompt and interrupts a running command without leaving the shell, unless
 * the command is in one of its {@link CriticalSections} (saving a new secret): then it
 * finishes. Ctrl-D or {@code exit} leaves. Failures are reported like everywhere else,
 * through the {@link CommandRunner}.
 * <p>
 * Workaround: Spring Shell 4.0.1's {@code JLineShellRunner} leaves the shell on Ctrl-C at
 * the prompt, lets Ctrl-C during a command kill the JVM, and prints failures as "Unable
 * to run command ..." (no 4.x issue; 2.x had fixed the first two in spring-shell#209).
 * Delete when Spring Shell's interactive runner handles Ctrl-C and reports failures
 * through a {@link FailureReporter}.
 */
public final class InteractiveShell {

	private final LineReader reader;

	private final PromptProvider prompt;

	private final CommandRunner commands;

	private final CriticalSections sections;

	public InteractiveShell(LineReader reader, PromptProvider prompt, CommandRunner commands,
			CriticalSections sections) {
		this.reader = reader;
		this.prompt = prompt;
		this.commands = commands;
		this.sections = sections;
	}

	/** Runs until Ctrl-D or {@code exit}; returns 0. */
	public int run() {
		Terminal terminal = this.reader.getTerminal();
		PrintWriter out = terminal.writer();
		Thread shellThread = Thread.currentThread();
		Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT,
				signal -> this.sections.interruptUnlessOpen(shellThread));
		try {
			String command;
			while ((command = next(terminal)) != null) {
				if (!command.isEmpty() && !command.startsWith("#")) {
					this.commands.run(command, out, out, new TerminalInput(this.reader));
					Thread.interrupted(); // a Ctrl-C that arrived after the command ended
				}
			}
			return 0;
		}
		finally {
			terminal.handle(Terminal.Signal.INT, previous);
		}
	}

	/** The next line, stripped ("" after Ctrl-C); {@code null} at Ctrl-D or exit. */
	private String next(Terminal terminal) {
		try {
			String line = this.reader.readLine(this.prompt.getPrompt().toAnsi(terminal)).strip();
			return (line.equals("exit") || line.equals("quit")) ? null : line;
		}
		catch (UserInterruptException ex) {
			return "";
		}
		catch (EndOfFileException ex) {
			return null;
		}
	}

}
