package com.vcshell.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

import com.vcshell.output.Neutralise;
import com.vcshell.output.Streams;
import com.vcshell.shell.StartupRecovery;
import com.vcshell.shell.runtime.CommandRunner;
import com.vcshell.shell.runtime.CriticalSections;
import com.vcshell.shell.runtime.InteractiveShell;
import com.vcshell.shell.runtime.NoTerminalInput;
import com.vcshell.shell.runtime.ScriptRunner;
import com.vcshell.shell.runtime.ShellHistory;
import com.vcshell.shell.runtime.TerminalInput;

/**
 * Chooses the mode from the startup options and runs it: one command (arguments), a
 * command file ({@code --script}, or stdin that is not a terminal), or the interactive
 * shell. A failure of the mode itself (a script file that cannot be read) is reported
 * like a command's, through the {@link ExitMapper}.
 * <p>
 * Workaround: it replaces Spring Shell's runner (same bean name, so its
 * auto-configuration backs off), which in 4.0.1 ignores the arguments in interactive mode
 * (spring-shell#1278, by design) and reports wrong exit codes (#1339, fixed in 4.0.2).
 * Keep as vcshell's mode dispatch when upgrading; drop the bean name then.
 */
@Component("springShellApplicationRunner")
@ConditionalOnProperty(name = "vcshell.runner.enabled", havingValue = "true", matchIfMissing = true)
class ShellApplicationRunner implements ApplicationRunner, ExitCodeGenerator {

	private static final InputReader NO_INPUT = NoTerminalInput.INSTANCE;

	private final StartupOptions options;

	private final Streams streams;

	private final CommandRunner commands;

	private final ScriptRunner scripts;

	private final ObjectProvider<LineReader> lineReader;

	private final ObjectProvider<PromptProvider> prompt;

	private final ShellHistory history;

	private final ExitMapper failures;

	private final CriticalSections sections;

	private final StartupRecovery recovery;

	private int exitCode;

	ShellApplicationRunner(StartupOptions options, Streams streams, CommandRunner commands, ScriptRunner scripts,
			ObjectProvider<LineReader> lineReader, ObjectProvider<PromptProvider> prompt, ShellHistory history,
			ExitMapper failures, CriticalSections sections, StartupRecovery recovery) {
		this.options = options;
		this.streams = streams;
		this.commands = commands;
		this.scripts = scripts;
		this.lineReader = lineReader;
		this.prompt = prompt;
		this.history = history;
		this.failures = failures;
		this.sections = sections;
		this.recovery = recovery;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			this.exitCode = runMode();
		}
		catch (SpringApplication.AbandonedRunException ex) {
			throw ex; // Spring AOT processing ends the run this way
		}
		catch (RuntimeException ex) {
			this.exitCode = this.failures.report(ex, this.streams.err());
		}
	}

	private int runMode() {
		recover();
		if (this.options.oneShot()) {
			return this.commands.run(this.options.command(), this.streams.out(), this.streams.err(), oneShotInput());
		}
		if (this.options.script() != null) {
			return this.scripts.runFile(this.options.script(), this.options.continueOnError(), this.streams.out(),
					this.streams.err(), NO_INPUT);
		}
		if (isInteractive()) {
			LineReader reader = this.lineReader.getObject();
			keepHistory(this.history, reader, this.streams.err());
			return new InteractiveShell(reader, this.prompt.getObject(), this.commands, this.sections).run();
		}
		BufferedReader stdin = new BufferedReader(
				new InputStreamReader(System.in, StandardCharsets.UTF_8.newDecoder()));
		return this.scripts.run("standard input", stdin, this.options.continueOnError(), this.streams.out(),
				this.streams.err(), NO_INPUT);
	}

	/**
	 * Before the first command: what an earlier vcshell left behind (a generate whose
	 * pair was not saved yet, a temp file of an interrupted write). Only the interactive
	 * shell asks what to do; one-shot and script runs make rescue files.
	 */
	private void recover() {
		boolean shell = !this.options.oneShot() && this.options.script() == null && isInteractive();
		this.recovery.run(shell ? new TerminalInput(this.lineReader.getObject()) : NO_INPUT);
	}

	/**
	 * Only the interactive shell keeps history in the file; without it the session still
	 * remembers its own lines. The warning names the file, whose path comes from
	 * {@code $VCSHELL_HOME} or the home folder, so it is shown neutralised.
	 */
	static void keepHistory(ShellHistory history, LineReader reader, PrintWriter err) {
		try {
			history.persist(reader);
		}
		catch (IOException | RuntimeException ex) {
			err.println("warning: "
					+ Neutralise.message("history will not be kept in " + history.file() + ": " + ex.getMessage()));
			err.flush();
		}
	}

	/**
	 * A one-shot command at a terminal may ask (y/N, a secret); one in a pipe may not.
	 */
	private InputReader oneShotInput() {
		return isInteractive() ? new TerminalInput(this.lineReader.getObject()) : NO_INPUT;
	}

	/**
	 * Whether a person is at a terminal: stdin and stdout are both one. Decided without
	 * JLine, so pipes and CI never pay for building a terminal; when they are, JLine must
	 * agree (it falls back to a dumb terminal when it cannot drive this one).
	 */
	private boolean isInteractive() {
		if (!this.streams.terminal()) {
			return false;
		}
		LineReader reader = this.lineReader.getIfAvailable();
		if (reader == null) {
			return false;
		}
		String type = reader.getTerminal().getType();
		return !Terminal.TYPE_DUMB.equals(type) && !Terminal.TYPE_DUMB_COLOR.equals(type);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
