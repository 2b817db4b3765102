package com.vcshell.admin.delivery;

import java.util.List;

import com.vcshell.admin.UsageException;

/**
 * A delivery command: the line as the user wrote it, and the argv it runs as.
 *
 * @param line the command line as written (never holds a secret: it is journaled)
 * @param argv the program and its arguments
 */
public record DeliveryCommand(String line, List<String> argv) {

	public DeliveryCommand {
		argv = List.copyOf(argv);
		if (argv.isEmpty() || argv.get(0).isBlank()) {
			throw new UsageException("a delivery command needs a program to run");
		}
	}

	/**
	 * Splits a command line into its argv.
	 * @throws UsageException when it is blank or cannot be split
	 */
	public static DeliveryCommand parse(String line, CommandSplitter splitter) {
		if (line == null || line.isBlank()) {
			throw new UsageException("a delivery command needs a program to run");
		}
		String stripped = line.strip();
		return new DeliveryCommand(stripped, splitter.split(stripped));
	}

}
