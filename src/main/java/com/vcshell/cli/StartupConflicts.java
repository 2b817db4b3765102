package com.vcshell.cli;

import java.util.List;
import java.util.Set;

import com.vcshell.shell.runtime.CommandLineException;

/**
 * Startup options that contradict each other, or that the chosen mode would silently
 * ignore: {@code --demo --emulator} (the emulator alone would serve forever and the shell
 * never open), an emulator option without {@code --emulator}, a shell option with
 * {@code --emulator}, {@code --credentials-file} with {@code --demo} (which writes its
 * own), {@code --continue-on-error} with one command, {@code --script} or
 * {@code --version} with a command, {@code --tenant-size} without an emulator.
 */
final class StartupConflicts {

	/**
	 * What {@code --emulator} does not do: it runs no shell, so these would be ignored.
	 */
	private static final List<String> SHELL_ONLY = List.of("--demo", "--script", "--profile", "--credentials-file",
			"--json", "--yes", "--continue-on-error", "--dry-run", "--version");

	private static final List<String> EMULATOR_ONLY = List.of("--port", "--credentials-out");

	private StartupConflicts() {
	}

	/**
	 * @param given the startup options given, by name
	 * @param command whether a one-shot command follows them
	 * @throws CommandLineException for the first conflict
	 */
	static void check(Set<String> given, boolean command) {
		if (given.contains("--emulator")) {
			for (String option : SHELL_ONLY) {
				refuse(given.contains(option), "--emulator runs only the emulator, without a shell: it cannot be "
						+ "combined with " + option);
			}
			refuse(command, "--emulator runs only the emulator, without a shell: it takes no command");
		}
		for (String option : EMULATOR_ONLY) {
			refuse(given.contains(option) && !given.contains("--emulator"),
					option + " is an option of --emulator; it means nothing without it");
		}
		refuse(given.contains("--demo") && given.contains("--credentials-file"),
				"--demo uses its own temporary credentials file: it cannot be combined with --credentials-file");
		refuse(given.contains("--script") && command, "give either --script FILE or a command, not both");
		refuse(given.contains("--version") && (command || given.contains("--script")), "--version takes no command");
		refuse(given.contains("--tenant-size") && !given.contains("--emulator") && !given.contains("--demo"),
				"--tenant-size sizes the emulator's tenant: give it with --emulator or --demo");
		refuse(given.contains("--continue-on-error") && command,
				"--continue-on-error is for scripts (--script FILE, or commands on standard input), not for one command");
	}

	private static void refuse(boolean conflict, String message) {
		if (conflict) {
			throw new CommandLineException(message);
		}
	}

}
