package com.vcshell.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import com.vcshell.output.Streams;

/** {@code script <file>}: runs a command file inside the session. */
@Component
public class ScriptCommands {

	/**
	 * Lazy: the runner needs the command registry, which is built from beans like this
	 * one.
	 */
	private final ObjectProvider<ScriptRunner> scripts;

	private final Streams streams;

	public ScriptCommands(ObjectProvider<ScriptRunner> scripts, Streams streams) {
		this.scripts = scripts;
		this.streams = streams;
	}

	@Command(name = "script", description = "Run a command file: one command a line, # comments",
			group = "Built-In Commands", completionProvider = "fileNameCompletionProvider")
	public void script(CommandContext ctx, @Argument(index = 0, description = "the command file") String file,
			@Option(longName = "continue-on-error", description = "go on after a failing command") boolean goOn)
			throws IOException {
		if (file == null || file.isBlank()) {
			throw new UsageException("script needs a file: script <file>");
		}
		Path path = Path.of(file);
		int code;
		try (BufferedReader lines = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			code = this.scripts.getObject()
				.run(lines, goOn, ctx.outputWriter(), this.streams.err(), NoTerminalInput.INSTANCE);
		}
		catch (NoSuchFileException ex) {
			throw new UsageException("script file not found: " + path);
		}
		if (code != ExitCodes.OK) {
			throw new ScriptFailedException(code);
		}
	}

}
