package com.vcshell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.vcshell.emulator.IdentityEmulator;

/**
 * What a test runs vcshell against: the loopback emulator of this JVM, a credentials file
 * with its profiles {@code demo} and {@code demo-readonly}, and an empty folder for HOME.
 * A JUnit extension, registered with {@code @RegisterExtension} beside the test's
 * {@code @TempDir} field, which it reads once JUnit has filled it:
 * <ul>
 * <li>{@link #eachTest} (an instance field): an emulator for each test, stopped after it;
 * the test's folder holds {@code credentials} and {@code home/}.</li>
 * <li>{@link #wholeClass} (a static field): one emulator for the class, stopped after its
 * last test; each test gets {@code credentials} and {@code home/} in a new folder
 * {@code test…} of the class's folder.</li>
 * <li>{@link #emulatorOnly} (a static field): one emulator for the class and no files,
 * for tests that call it from this JVM; they need no {@code @TempDir}.</li>
 * </ul>
 */
public final class EmulatorHome implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

	private final Supplier<Path> folder;

	private final boolean wholeClass;

	private final boolean terminal;

	private IdentityEmulator emulator;

	private Path credentials;

	private Path home;

	private EmulatorHome(Supplier<Path> folder, boolean wholeClass, boolean terminal) {
		this.folder = folder;
		this.wholeClass = wholeClass;
		this.terminal = terminal;
	}

	/** An emulator, a credentials file and a HOME for each test, in {@code folder}. */
	public static EmulatorHome eachTest(Supplier<Path> folder) {
		return new EmulatorHome(folder, false, false);
	}

	/**
	 * One emulator for the class; a credentials file and a HOME for each test, in a new
	 * folder of {@code folder}.
	 */
	public static EmulatorHome wholeClass(Supplier<Path> folder) {
		return new EmulatorHome(folder, true, false);
	}

	/**
	 * One emulator for the class, stopped after its last test, and no credentials file or
	 * HOME: {@link #credentials()} and {@link #home()} throw.
	 */
	public static EmulatorHome emulatorOnly() {
		return new EmulatorHome(null, true, false);
	}

	/**
	 * The same, for tests that all run vcshell at a terminal: before each test,
	 * {@link TerminalSession#requireTmux()} (a skip without tmux, a failure in CI).
	 */
	public EmulatorHome atATerminal() {
		return new EmulatorHome(this.folder, this.wholeClass, true);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		if (this.wholeClass) {
			this.emulator = IdentityEmulator.start(0);
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		if (this.terminal) {
			TerminalSession.requireTmux();
		}
		if (this.wholeClass && this.emulator == null) {
			throw new IllegalStateException("EmulatorHome.wholeClass and emulatorOnly belong on a static field");
		}
		if (this.folder == null) {
			return;
		}
		Path dir = Objects.requireNonNull(this.folder.get(), "the @TempDir folder is not filled in yet");
		if (this.wholeClass) {
			dir = Files.createTempDirectory(dir, "test");
		}
		else {
			this.emulator = IdentityEmulator.start(0);
		}
		this.credentials = dir.resolve("credentials");
		this.emulator.writeCredentialsFile(this.credentials);
		this.home = Files.createDirectories(dir.resolve("home"));
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (!this.wholeClass) {
			stop();
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.wholeClass) {
			stop();
		}
	}

	public IdentityEmulator emulator() {
		return this.emulator;
	}

	/**
	 * The credentials file: profiles {@code demo} and {@code demo-readonly}, mode 0600.
	 */
	public Path credentials() {
		return files(this.credentials);
	}

	/** A folder for HOME, empty when the test starts. */
	public Path home() {
		return files(this.home);
	}

	/** The admin's ({@code demo}'s) active api id at the emulator. */
	public String adminApiId() {
		return this.emulator.currentApiId(this.emulator.admin().userId()).orElseThrow();
	}

	private Path files(Path path) {
		if (this.folder == null) {
			throw new IllegalStateException("EmulatorHome.emulatorOnly makes no credentials file or HOME");
		}
		return path;
	}

	private void stop() {
		if (this.emulator != null) {
			this.emulator.close();
			this.emulator = null;
		}
	}

}
