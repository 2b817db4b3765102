package com.vcshell.admin.delivery;

import java.util.HashSet;

import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.ExtendedDefaultParser;

import com.vcshell.admin.UsageException;
import com.vcshell.shell.runtime.CommandArguments;
import com.vcshell.shell.runtime.CommandLineException;
import com.vcshell.shell.runtime.ShellCommandParser;

/**
 * The splitter the application uses (the prompt's parser, as Spring Shell configures the
 * line reader's), for tests that run without a Spring context.
 */
public final class Splitters {

	private Splitters() {
	}

	public static CommandSplitter shell() {
		ExtendedDefaultParser lines = new ExtendedDefaultParser();
		lines.setEofOnUnclosedQuote(true);
		lines.setEofOnEscapedNewLine(true);
		ShellCommandParser parser = new ShellCommandParser(new CommandRegistry(new HashSet<>()), lines,
				new CommandArguments());
		return (line) -> {
			try {
				return parser.words(line);
			}
			catch (CommandLineException ex) {
				throw new UsageException(ex.getMessage());
			}
		};
	}

}
