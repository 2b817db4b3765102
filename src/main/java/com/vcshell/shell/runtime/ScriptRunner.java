package com.vcshell.shell.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

import org.springframework.shell.core.InputReader;
import org.springframework.stereotype.Component;

import com.vcshell.output.Neutralise;

/**
 * Runs a command file: one command a line, blank lines and {@code #} comments skipped,
 * each command echoed ({@code > command}, masked and with control characters escaped as
 * in every message) before its output. Stops at the first failure unless told to go on;
 * either way the exit code is the first failure's. Ends with a summary line on the error
 * stream.
 * <p>
 * Workaround: Spring Shell 4.0.1's {@code script} command treats {@code #} lines as
 * commands, stops silently at a {@code //} line and lists every command for a blank one
 * (spring-shell#1315, #1316, fixed in 4.0.2), and splits lines on single spaces. Delete
 * when Spring Shell ≥ 4.0.2 can be used and its script runner echoes and summarises.
 */
@Component
public class ScriptRunner {

	private final CommandRunner commands;

	public ScriptRunner(CommandRunner commands) {
		this.commands = commands;
	}

	/**
	 * Runs a command file (UTF-8). Only a regular file is opened: a folder, a FIFO or a
	 * device ({@code /dev/zero}) is refused before anything is read, so nothing hangs.
	 * @throws CommandLineException when the file is missing, unreadable, not a regular
	 * file or not UTF-8 text (commands read before the bad bytes have run)
	 */
	public int runFile(Path file, boolean continueOnError, PrintWriter out, PrintWriter err, InputReader input) {
		String name = "script file " + (file.toString().isEmpty() ? "''" : file.toString());
		requireRegularFile(file, name);
		try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return run(name, lines, continueOnError, out, err, input);
		}
		catch (NoSuchFileException ex) {
			throw new CommandLineException("cannot read " + name + ": not found");
		}
		catch (AccessDeniedException ex) {
			throw new CommandLineException("cannot read " + name + ": permission denied");
		}
		catch (IOException ex) {
			throw new CommandLineException("cannot read " + name + ": "
					+ Objects.requireNonNullElse(ex.getMessage(), ex.getClass().getSimpleName()));
		}
	}

	private static void requireRegularFile(Path file, String name) {
		if (!Files.exists(file)) {
			throw new CommandLineException("cannot read " + name + ": not found");
		}
		if (Files.isDirectory(file)) {
			throw new CommandLineException("cannot read " + name + ": it is a folder");
		}
		if (!Files.isRegularFile(file)) {
			throw new CommandLineException("cannot read " + name + ": not a regular file (a FIFO, socket or device)");
		}
	}

	/**
	 * Runs the commands read from {@code lines}.
	 * @param source what the lines are, for messages ("standard input")
	 * @throws CommandLineException when the lines cannot be read, are not UTF-8 or one is
	 * longer than {@value ScriptLines#MAX_LINE} characters
	 */
	public int run(String source, BufferedReader lines, boolean continueOnError, PrintWriter out, PrintWriter err,
			InputReader input) {
		Tally tally = new Tally();
		ScriptLines script = new ScriptLines(source, lines);
		String line;
		while ((line = script.next()) != null) {
			String command = line.strip();
			if (command.isEmpty() || command.startsWith("#")) {
				continue;
			}
			if (command.equals("exit") || command.equals("quit")) {
				break;
			}
			out.println("> " + Neutralise.message(command));
			out.flush();
			if (!tally.count(this.commands.run(command, out, err, input)) && !continueOnError) {
				break;
			}
		}
		err.println(tally.summary());
		err.flush();
		return tally.firstFailure;
	}

	/** Commands run, failures and the first failure's exit code. */
	private static final class Tally {

		private int total;

		private int failed;

		private int firstFailure;

		/** Counts one command's exit code; whether it succeeded. */
		boolean count(int code) {
			this.total++;
			if (code == 0) {
				return true;
			}
			this.failed++;
			if (this.firstFailure == 0) {
				this.firstFailure = code;
			}
			return false;
		}

		String summary() {
			return "script: " + this.total + " command" + ((this.total == 1) ? "" : "s") + ", "
					+ (this.total - this.failed) + " succeeded, " + this.failed + " failed";
		}

	}

}
