package com.vcshell.admin.delivery;

import java.util.List;

import com.vcshell.admin.UsageException;

/**
 * Splits a command line into the words of a program's argv, with the quoting rules of the
 * shell's own command line (quotes group words, a backslash escapes), so that a delivery
 * command reads as it would be typed at the vcshell prompt. Nothing is expanded: no
 * variables, no globs, no pipes; {@code sh -c '…'} runs a shell when one is wanted.
 */
@FunctionalInterface
public interface CommandSplitter {

	/**
	 * The words of the line.
	 * @throws UsageException when the line cannot be split (an unclosed quote)
	 */
	List<String> split(String commandLine);

}
