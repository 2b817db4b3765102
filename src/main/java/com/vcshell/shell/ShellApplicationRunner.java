package com.vcshell.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.stream.Collectors;

import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

import com.vcshell.output.Streams;

/**
 * Chooses the mode from the startup options and runs it: one command (arguments), a
 * command file ({@code --script}, or stdin that is not a terminal), or the interactive
 * shell. Replaces Spring Shell's runner (same bean name, so its auto-configuration backs
 * off) to get real exit codes and one-line errors.
 */
@Component("springShellApplicationRunner")
@ConditionalOnProperty(name = "vcshell.runner.enabled", havingValue = "true", matchIfMissing = true)
public class ShellApplicationRunner implements ApplicationRunner, ExitCodeGenerator {

	private static final InputReader NO_INPUT = NoTerminalInput.INSTANCE;

	private final StartupOptions options;

	private final Streams streams;

	private final CommandRunner commands;

	private final ScriptRunner scripts;

	private final ObjectProvider<LineReader> lineReader;

	private final ObjectProvider<PromptProvider> prompt;

	private final ShellHistory history;

	private int exitCode;

	public ShellApplicationRunner(StartupOptions options, Streams streams, CommandRunner commands, ScriptRunner scripts,
			ObjectProvider<LineReader> lineReader, ObjectProvider<PromptProvider> prompt, ShellHistory history) {
		this.options = options;
		this.streams = streams;
		this.commands = commands;
		this.scripts = scripts;
		this.lineReader = lineReader;
		this.prompt = prompt;
		this.history = history;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (this.options.oneShot()) {
			String line = this.options.command().stream().map(LineTokenizer::quote).collect(Collectors.joining(" "));
			this.exitCode = this.commands.run(line, this.streams.out(), this.streams.err(), oneShotInput());
		}
		else if (this.options.script() != null) {
			this.exitCode = runScriptFile();
		}
		else if (isInteractive()) {
			LineReader reader = this.lineReader.getObject();
			keepHistory(reader);
			this.exitCode = new InteractiveShell(reader, this.prompt.getObject(), this.commands).run();
		}
		else {
			BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
			this.exitCode = this.scripts.run(stdin, this.options.continueOnError(), this.streams.out(),
					this.streams.err(), NO_INPUT);
		}
	}

	/**
	 * Only the interactive shell keeps history in the file; without it the session still
	 * remembers its own lines.
	 */
	private void keepHistory(LineReader reader) {
		try {
			this.history.persist(reader);
		}
		catch (IOException | RuntimeException ex) {
			this.streams.err()
				.println("warning: history will not be kept in " + this.history.file() + ": " + ex.getMessage());
			this.streams.err().flush();
		}
	}

	private int runScriptFile() throws IOException {
		try (BufferedReader file = Files.newBufferedReader(this.options.script(), StandardCharsets.UTF_8)) {
			return this.scripts.run(file, this.options.continueOnError(), this.streams.out(), this.streams.err(),
					NO_INPUT);
		}
		catch (NoSuchFileException ex) {
			return usage("script file not found: " + this.options.script());
		}
		catch (IOException ex) {
			return usage("cannot read script file " + this.options.script() + ": " + ex.getMessage());
		}
	}

	private int usage(String message) {
		this.streams.err().println("error: " + message);
		this.streams.err().flush();
		return ExitCodes.USAGE;
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
