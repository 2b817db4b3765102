package com.vcshell.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;

import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.shell.runtime.CommandLineException;
import java.util.List;

/** Reads {@link StartupOptions} off the front of the command line. */
final class StartupOptionsParser {

	private static final List<String> WITH_VALUE = List.of("--profile", "--credentials-file", "--port",
			"--credentials-out", "--script", "--tenant-size");

	/** The largest tenant the emulator seeds (it keeps every account in memory). */
	static final int MAX_TENANT_SIZE = 100_000;

	private final List<String> args;

	private String profile;

	private Path credentialsFile;

	private boolean json;

	private boolean yes;

	private boolean continueOnError;

	private boolean noColor;

	private boolean debug;

	private boolean dryRun;

	private boolean demo;

	private boolean emulator;

	private int port;

	private Path credentialsOut;

	private Path script;

	private boolean version;

	private int tenantSize;

	StartupOptionsParser(String... args) {
		this.args = Arrays.asList(args);
	}

	StartupOptions parse() {
		int i = 0;
		while (i < this.args.size() && this.args.get(i).startsWith("--")) {
			String word = this.args.get(i);
			String name = word;
			String value = null;
			int eq = word.indexOf('=');
			if (eq > 0) {
				name = word.substring(0, eq);
				value = word.substring(eq + 1);
			}
			if (WITH_VALUE.contains(name) && value == null) {
				if (i + 1 >= this.args.size()) {
					throw new CommandLineException("startup option " + name + " needs a value");
				}
				value = this.args.get(++i);
			}
			else if (!WITH_VALUE.contains(name) && value != null) {
				throw new CommandLineException("startup option " + name + " takes no value");
			}
			apply(name, value);
			i++;
		}
		List<String> command = new ArrayList<>(this.args.subList(i, this.args.size()));
		if (!command.isEmpty() && this.script != null) {
			throw new CommandLineException("give either --script FILE or a command, not both");
		}
		if (this.version) {
			if (!command.isEmpty() || this.script != null) {
				throw new CommandLineException("--version takes no command");
			}
			command = List.of("version");
		}
		if (this.tenantSize > 0 && !this.emulator && !this.demo) {
			throw new CommandLineException(
					"--tenant-size sizes the emulator's tenant: give it with --emulator or --demo");
		}
		return new StartupOptions(this.profile, this.credentialsFile, this.json, this.yes, this.continueOnError,
				this.noColor, this.debug, this.dryRun, this.demo, this.emulator, this.port, this.credentialsOut,
				this.script, command, this.tenantSize);
	}

	private void apply(String name, String value) {
		switch (name) {
			case "--profile" -> this.profile = value;
			case "--credentials-file" -> this.credentialsFile = Path.of(value);
			case "--json" -> this.json = true;
			case "--yes" -> this.yes = true;
			case "--continue-on-error" -> this.continueOnError = true;
			case "--no-color" -> this.noColor = true;
			case "--debug" -> this.debug = true;
			case "--dry-run" -> this.dryRun = true;
			case "--demo" -> this.demo = true;
			case "--emulator" -> this.emulator = true;
			case "--port" -> this.port = port(value);
			case "--credentials-out" -> this.credentialsOut = Path.of(value);
			case "--script" -> this.script = Path.of(value);
			case "--version" -> this.version = true;
			case "--tenant-size" -> this.tenantSize = tenantSize(value);
			default -> throw new CommandLineException("unknown startup option " + name
					+ " (startup options: --profile, --credentials-file, --json, --yes, --continue-on-error, --no-color, --dry-run, --debug, --script, --demo, --emulator, --tenant-size, --version)");
		}
	}

	/** API service accounts in the emulator's tenant: at least the default tenant's. */
	private static int tenantSize(String value) {
		int min = IdentityEmulator.DEFAULT_TENANT_SIZE;
		try {
			// ASCII digits only: Integer.parseInt also reads other scripts' digits
			int size = value.matches("[0-9]{1,9}") ? Integer.parseInt(value) : -1;
			if (size < min || size > MAX_TENANT_SIZE) {
				throw new NumberFormatException();
			}
			return size;
		}
		catch (NumberFormatException ex) {
			throw new CommandLineException("--tenant-size needs a number of API service accounts from " + min + " to "
					+ MAX_TENANT_SIZE + ", not '" + value + "'");
		}
	}

	private static int port(String value) {
		try {
			int port = Integer.parseInt(value);
			if (port < 0 || port > 65535) {
				throw new NumberFormatException();
			}
			return port;
		}
		catch (NumberFormatException ex) {
			throw new CommandLineException("--port needs a number from 0 to 65535, not '" + value + "'");
		}
	}

}
