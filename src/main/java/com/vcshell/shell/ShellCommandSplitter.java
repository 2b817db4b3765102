package com.vcshell.shell;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.vcshell.admin.UsageException;
import com.vcshell.admin.delivery.CommandSplitter;
import com.vcshell.shell.runtime.CommandLineException;
import com.vcshell.shell.runtime.ShellCommandParser;

/**
 * Splits delivery commands with the prompt's own parser ({@link ShellCommandParser}), so
 * a command quotes the same in a plan, after {@code --deliver} and at the prompt.
 */
@Component
class ShellCommandSplitter implements CommandSplitter {

	/**
	 * Lazy: the parser needs the command registry, which is built from the command beans
	 * that use this one.
	 */
	private final ObjectProvider<ShellCommandParser> parser;

	ShellCommandSplitter(ObjectProvider<ShellCommandParser> parser) {
		this.parser = parser;
	}

	@Override
	public List<String> split(String commandLine) {
		try {
			return this.parser.getObject().words(commandLine);
		}
		catch (CommandLineException ex) {
			throw new UsageException(ex.getMessage());
		}
	}

}
