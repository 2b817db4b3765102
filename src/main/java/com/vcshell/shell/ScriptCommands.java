package com.vcshell.shell;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import com.vcshell.output.Streams;
import com.vcshell.shell.runtime.CommandLineException;
import com.vcshell.shell.runtime.NoTerminalInput;
import com.vcshell.shell.runtime.ScriptRunner;

/** {@code script <file>}: runs a command file inside the session. */
@Component
class ScriptCommands {

	/**
	 * Lazy: the runner needs the command registry, which is built from beans like this
	 * one.
	 */
	private final ObjectProvider<ScriptRunner> scripts;

	private final Streams streams;

	ScriptCommands(ObjectProvider<ScriptRunner> scripts, Streams streams) {
		this.scripts = scripts;
		this.streams = streams;
	}

	@Command(name = "script", description = "Run a command file: one command a line, # comments",
			group = "Built-In Commands", completionProvider = "fileNameCompletionProvider")
	public void script(CommandContext ctx, @Argument(index = 0, description = "the command file") String file,
			@Option(longName = "continue-on-error", description = "go on after a failing command") boolean goOn) {
		if (file == null || file.isBlank()) {
			throw new CommandLineException("script needs a file: script <file>");
		}
		int code = this.scripts.getObject()
			.runFile(path(file), goOn, ctx.outputWriter(), this.streams.err(), NoTerminalInput.INSTANCE);
		if (code != 0) {
			throw new ScriptFailedException(code);
		}
	}

	/** The file as a path; a name no path can have (a NUL in it) is a usage error. */
	private static Path path(String file) {
		try {
			return Path.of(file);
		}
		catch (InvalidPathException ex) {
			throw new CommandLineException("script file " + file + " is not a valid path: " + ex.getReason());
		}
	}

}
