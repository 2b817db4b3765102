package com.vcshell.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import org.springframework.shell.core.InputReader;
import org.springframework.stereotype.Component;

/**
 * Runs a command file: one command a line, blank lines and {@code #} comments skipped,
 * each command echoed ({@code > command}) before its output. Stops at the first failure
 * unless told to go on; either way the exit code is the first failure's. Ends with a
 * summary line on the error stream.
 */
@Component
public class ScriptRunner {

	private final CommandRunner commands;

	public ScriptRunner(CommandRunner commands) {
		this.commands = commands;
	}

	public int run(BufferedReader lines, boolean continueOnError, PrintWriter out, PrintWriter err, InputReader input) {
		int total = 0;
		int failed = 0;
		int firstFailure = ExitCodes.OK;
		try {
			String line;
			while ((line = lines.readLine()) != null) {
				String command = line.strip();
				if (command.isEmpty() || command.startsWith("#")) {
					continue;
				}
				if (command.equals("exit") || command.equals("quit")) {
					break;
				}
				total++;
				out.println("> " + command);
				out.flush();
				int code = this.commands.run(command, out, err, input);
				if (code != ExitCodes.OK) {
					failed++;
					if (firstFailure == ExitCodes.OK) {
						firstFailure = code;
					}
					if (!continueOnError) {
						break;
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		err.println("script: " + total + " command" + ((total == 1) ? "" : "s") + ", " + (total - failed)
				+ " succeeded, " + failed + " failed");
		err.flush();
		return firstFailure;
	}

}
