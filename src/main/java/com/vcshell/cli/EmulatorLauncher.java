package com.vcshell.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.output.Neutralise;
import com.vcshell.output.Streams;
import com.vcshell.vault.OwnerOnlyFiles;

/**
 * The two ways to start the Identity API emulator from the command line (design §3):
 * {@code --emulator} serves it alone, without Spring, until the process is stopped;
 * {@code --demo} runs the shell against an in-process emulator through a temporary
 * credentials file.
 */
final class EmulatorLauncher {

	/** The profile {@code --demo} opens unless {@code --profile} names another. */
	static final String DEMO_PROFILE = "demo";

	private EmulatorLauncher() {
	}

	/**
	 * {@code --emulator [--port N] [--credentials-out FILE] [--tenant-size N]}: seeds a
	 * tenant of N API service accounts (the default tenant's 30 unless given), writes the
	 * credentials file if asked, prints the base URL as the first line of stdout, and
	 * serves until Ctrl-C or SIGTERM.
	 * @throws LaunchException when the emulator cannot start
	 */
	static int serve(StartupOptions options, Streams streams) {
		IdentityEmulator emulator;
		try {
			emulator = IdentityEmulator.start(options.port(), Clock.systemUTC(), options.emulatorTenantSize());
		}
		catch (UncheckedIOException ex) {
			throw new LaunchException(ex.getMessage(), ex);
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			emulator.close();
			stopped.countDown();
		}, "vcshell-emulator-stop"));
		try {
			if (options.credentialsOut() != null) {
				emulator.writeCredentialsFile(options.credentialsOut());
			}
		}
		catch (UncheckedIOException ex) {
			emulator.close();
			throw new LaunchException(ex.getMessage(), ex);
		}
		streams.out().println(emulator.baseUrl());
		streams.out().flush();
		streams.err()
			.println("Identity API emulator listening on " + emulator.baseUrl() + " (admin API account "
					+ emulator.admin().userName() + ", read-only " + emulator.readOnly().userName() + "; "
					+ options.emulatorTenantSize() + " API service accounts)");
		if (options.credentialsOut() != null) {
			streams.err()
				.println(Neutralise.message("credentials file " + options.credentialsOut() + ": profiles "
						+ DEMO_PROFILE + " and " + DEMO_PROFILE + "-readonly"));
		}
		streams.err().println("Ctrl-C stops it");
		streams.err().flush();
		try {
			stopped.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			emulator.close();
		}
		return 0;
	}

	/**
	 * {@code --demo [--tenant-size N]}: an in-process emulator on a random port, a
	 * temporary credentials file (0600, in a 0700 temp folder) whose profiles point at
	 * it, then the shell on profile {@code demo}. Everything is removed on exit, also on
	 * Ctrl-C and SIGTERM.
	 * @throws LaunchException when the emulator or its credentials file cannot start
	 */
	static int demo(StartupOptions options, Streams streams, ToIntFunction<StartupOptions> shell) {
		IdentityEmulator emulator;
		Path folder;
		try {
			emulator = IdentityEmulator.start(0, Clock.systemUTC(), options.emulatorTenantSize());
			folder = OwnerOnlyFiles.temporaryFolder("vcshell-demo-");
		}
		catch (IOException | UncheckedIOException ex) {
			throw new LaunchException("cannot start the demo: " + ex.getMessage(), ex);
		}
		Path file = folder.resolve("credentials");
		Runnable cleanup = cleanup(emulator, folder);
		Thread hook = new Thread(cleanup, "vcshell-demo-cleanup");
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			emulator.writeCredentialsFile(file);
			streams.err()
				.println("demo: Identity API emulator at " + emulator.baseUrl()
						+ " with a seeded tenant; profiles demo (admin) and demo-readonly");
			streams.err().flush();
			String profile = (options.profile() != null) ? options.profile() : DEMO_PROFILE;
			return shell.applyAsInt(options.withCredentials(file, profile));
		}
		catch (UncheckedIOException ex) {
			throw new LaunchException("cannot start the demo: " + ex.getMessage(), ex);
		}
		finally {
			cleanup.run();
			removeHook(hook);
		}
	}

	private static Runnable cleanup(IdentityEmulator emulator, Path folder) {
		AtomicBoolean done = new AtomicBoolean();
		return () -> {
			if (done.compareAndSet(false, true)) {
				emulator.close();
				deleteTree(folder);
			}
		};
	}

	/**
	 * Deletes the demo's temp folder with whatever the shell put there (backups, locks).
	 */
	private static void deleteTree(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(EmulatorLauncher::deleteQuietly);
		}
		catch (IOException ex) {
			// best effort: a leftover file in the temp folder holds only demo keys
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// best effort, as above
		}
	}

	private static void removeHook(Thread hook) {
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		}
		catch (IllegalStateException ex) {
			// already shutting down: the hook runs the (idempotent) cleanup anyway
		}
	}

}
