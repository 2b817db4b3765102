package com.vcshell.cli;

import java.nio.file.Path;
import java.util.List;

import com.vcshell.emulator.IdentityEmulator;

/**
 * The options given before the command on the command line (design §3). Everything from
 * the first word that is not a startup option on is the one-shot command.
 *
 * @param profile {@code --profile}
 * @param credentialsFile {@code --credentials-file}
 * @param json {@code --json}: JSON output by default
 * @param yes {@code --yes}: confirm destructive commands without asking
 * @param continueOnError {@code --continue-on-error} in script mode
 * @param noColor {@code --no-color}
 * @param debug {@code --debug}: stack traces on errors
 * @param dryRun {@code --dry-run}: print requests instead of sending them
 * @param demo {@code --demo}
 * @param emulator {@code --emulator}
 * @param port {@code --port} for {@code --emulator} (0: any free port)
 * @param credentialsOut {@code --credentials-out} for {@code --emulator}
 * @param script {@code --script}
 * @param command the one-shot command words, empty for interactive or script mode
 * @param tenantSize {@code --tenant-size} for {@code --emulator} and {@code --demo}: API
 * service accounts in the emulator's tenant (0: the default tenant)
 */
public record StartupOptions(String profile, Path credentialsFile, boolean json, boolean yes, boolean continueOnError,
		boolean noColor, boolean debug, boolean dryRun, boolean demo, boolean emulator, int port, Path credentialsOut,
		Path script, List<String> command, int tenantSize) {

	public StartupOptions {
		command = List.copyOf(command);
	}

	/** Options with the emulator's default tenant. */
	public StartupOptions(String profile, Path credentialsFile, boolean json, boolean yes, boolean continueOnError,
			boolean noColor, boolean debug, boolean dryRun, boolean demo, boolean emulator, int port,
			Path credentialsOut, Path script, List<String> command) {
		this(profile, credentialsFile, json, yes, continueOnError, noColor, debug, dryRun, demo, emulator, port,
				credentialsOut, script, command, 0);
	}

	/** No options, no command: the interactive shell on the default profile. */
	public static StartupOptions defaults() {
		return new StartupOptions(null, null, false, false, false, false, false, false, false, false, 0, null, null,
				List.of());
	}

	/**
	 * Parses the command line.
	 * @throws CommandLineException for an unknown startup option or a missing value
	 */
	public static StartupOptions parse(String... args) {
		return new StartupOptionsParser(args).parse();
	}

	/** The same options with another credentials file and profile ({@code --demo}). */
	public StartupOptions withCredentials(Path file, String profileName) {
		return new StartupOptions(profileName, file, this.json, this.yes, this.continueOnError, this.noColor,
				this.debug, this.dryRun, this.demo, this.emulator, this.port, this.credentialsOut, this.script,
				this.command, this.tenantSize);
	}

	/** The emulator's tenant size: {@code --tenant-size}, else the default tenant's. */
	int emulatorTenantSize() {
		return (this.tenantSize > 0) ? this.tenantSize : IdentityEmulator.DEFAULT_TENANT_SIZE;
	}

	public boolean oneShot() {
		return !this.command.isEmpty();
	}

}
