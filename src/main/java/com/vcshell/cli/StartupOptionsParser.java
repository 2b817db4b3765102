package com.vcshell.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.shell.runtime.CommandLineException;

/**
 * Reads {@link StartupOptions} off the front of the command line. Each option may be
 * given once, a value option needs a non-empty value, and options that contradict each
 * other are refused ({@link StartupConflicts}): all usage errors (exit 2), reported
 * before anything starts.
 */
final class StartupOptionsParser {

	private static final List<String> WITH_VALUE = List.of("--profile", "--credentials-file", "--port",
			"--credentials-out", "--script", "--tenant-size");

	/** The largest tenant the emulator seeds (it keeps every account in memory). */
	static final int MAX_TENANT_SIZE = 100_000;

	private final List<String> args;

	private final Set<String> given = new LinkedHashSet<>();

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
			int eq = word.indexOf('=');
			String name = (eq > 0) ? word.substring(0, eq) : word;
			String value = (eq > 0) ? word.substring(eq + 1) : null;
			if (WITH_VALUE.contains(name) && value == null) {
				if (i + 1 >= this.args.size()) {
					throw new CommandLineException("startup option " + name + " needs a value");
				}
				value = this.args.get(++i);
			}
			else if (!WITH_VALUE.contains(name) && value != null) {
				throw new CommandLineException("startup option " + name + " takes no value");
			}
			once(name);
			apply(name, value);
			i++;
		}
		List<String> command = new ArrayList<>(this.args.subList(i, this.args.size()));
		StartupConflicts.check(this.given, !command.isEmpty());
		if (this.version) {
			command = List.of("version");
		}
		return new StartupOptions(this.profile, this.credentialsFile, this.json, this.yes, this.continueOnError,
				this.noColor, this.debug, this.dryRun, this.demo, this.emulator, this.port, this.credentialsOut,
				this.script, command, this.tenantSize);
	}

	private void once(String name) {
		if (!this.given.add(name)) {
			throw new CommandLineException("startup option " + name + " is given more than once: give it once");
		}
	}

	private void apply(String name, String value) {
		switch (name) {
			case "--profile" -> this.profile = nonEmpty(name, value);
			case "--credentials-file" -> this.credentialsFile = path(name, value);
			case "--json" -> this.json = true;
			case "--yes" -> this.yes = true;
			case "--continue-on-error" -> this.continueOnError = true;
			case "--no-color" -> this.noColor = true;
			case "--debug" -> this.debug = true;
			case "--dry-run" -> this.dryRun = true;
			case "--demo" -> this.demo = true;
			case "--emulator" -> this.emulator = true;
			case "--port" -> this.port = port(value);
			case "--credentials-out" -> this.credentialsOut = path(name, value);
			case "--script" -> this.script = path(name, value);
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

	private static String nonEmpty(String name, String value) {
		if (value.isBlank()) {
			throw new CommandLineException("startup option " + name + " needs a value, not an empty one");
		}
		return value;
	}

	private static Path path(String name, String value) {
		try {
			return Path.of(nonEmpty(name, value));
		}
		catch (InvalidPathException ex) {
			throw new CommandLineException(name + " " + value + " is not a valid path: " + ex.getReason());
		}
	}

	/** A port from 0 to 65535 in ASCII digits ({@code Integer.parseInt} reads others). */
	private static int port(String value) {
		if (value.matches("[0-9]{1,5}") && Integer.parseInt(value) <= 65535) {
			return Integer.parseInt(value);
		}
		throw new CommandLineException("--port needs a number from 0 to 65535, not '" + value + "'");
	}

}
