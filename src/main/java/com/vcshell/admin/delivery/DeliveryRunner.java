package com.vcshell.admin.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vcshell.admin.UsageException;
import com.vcshell.profile.UserEnvironment;

/**
 * Runs a delivery command (design §8): no shell (the argv as split), the session's
 * environment plus {@code VERACODE_API_KEY_ID} and {@code VERACODE_API_KEY_SECRET}, the
 * pair as a {@code [default]} credentials section on its standard input, its standard
 * output discarded, the last line of its stderr kept and masked. Past its time limit, or
 * on Ctrl-C, it is killed with every process it started.
 */
@Component
public class DeliveryRunner {

	/** How long a delivery may run unless the plan or {@code --deliver-timeout} says. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

	/** The longest time limit accepted. */
	public static final Duration MAX_TIMEOUT = Duration.ofHours(1);

	static final String ENV_ID = "VERACODE_API_KEY_ID";

	static final String ENV_SECRET = "VERACODE_API_KEY_SECRET";

	/** How long to wait for the stderr of a killed command to close. */
	private static final long DRAIN_MILLIS = 2000;

	private final UserEnvironment environment;

	public DeliveryRunner(UserEnvironment environment) {
		this.environment = environment;
	}

	/**
	 * A time limit in seconds, as a plan or {@code --deliver-timeout} gives it.
	 * @param what where it was given, for the message
	 * @return the limit; {@link #DEFAULT_TIMEOUT} when {@code null}
	 * @throws UsageException unless it is 1 to 3600
	 */
	public static Duration timeout(@Nullable Integer seconds, String what) {
		if (seconds == null) {
			return DEFAULT_TIMEOUT;
		}
		if (seconds < 1 || seconds > MAX_TIMEOUT.toSeconds()) {
			throw new UsageException(
					what + " must be 1 to " + MAX_TIMEOUT.toSeconds() + " seconds (got " + seconds + ")");
		}
		return Duration.ofSeconds(seconds);
	}

	/**
	 * Runs the command and waits for it, up to the time limit.
	 * @param directory where it runs; {@code null}: vcshell's own folder
	 * @param context more variables for it ({@code VCSHELL_USER_NAME} ...)
	 */
	public DeliveryResult run(DeliveryCommand command, DeliveryPair pair, Duration timeout, @Nullable Path directory,
			Map<String, String> context) {
		ProcessBuilder builder = new ProcessBuilder(command.argv()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
		if (directory != null) {
			builder.directory(directory.toFile());
		}
		Map<String, String> env = builder.environment();
		env.clear();
		env.putAll(this.environment.variables());
		env.putAll(context);
		env.put(ENV_ID, pair.apiId());
		env.put(ENV_SECRET, pair.apiSecret());
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException | RuntimeException ex) {
			String why = MaskedLine.of(ex.getMessage(), pair.apiSecret());
			return DeliveryResult.notStarted(command.line(), (why != null) ? why : ex.getClass().getSimpleName());
		}
		StderrTail stderr = StderrTail.start(process.getErrorStream(), "delivery-stderr");
		feed(process, pair);
		return await(process, command, pair, timeout, stderr);
	}

	private static DeliveryResult await(Process process, DeliveryCommand command, DeliveryPair pair, Duration timeout,
			StderrTail stderr) {
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				killTree(process);
				return DeliveryResult.timedOut(command.line(), timeout, lastLine(stderr, pair));
			}
			return DeliveryResult.ended(command.line(), process.exitValue(), lastLine(stderr, pair));
		}
		catch (InterruptedException ex) {
			killTree(process);
			return DeliveryResult.interrupted(command.line(), lastLine(stderr, pair));
		}
	}

	/** The pair on stdin; a command that does not read it may close it first. */
	private static void feed(Process process, DeliveryPair pair) {
		try (OutputStream stdin = process.getOutputStream()) {
			stdin.write(pair.section().getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			// it closed its stdin without reading it all: that is its choice
		}
	}

	private static @Nullable String lastLine(StderrTail stderr, DeliveryPair pair) {
		return MaskedLine.of(stderr.last(DRAIN_MILLIS), pair.apiSecret());
	}

	/**
	 * Kills the process and every process it started: the children are found before the
	 * parent dies (an orphan is no longer its descendant).
	 */
	static void killTree(Process process) {
		List<ProcessHandle> descendants = process.descendants().toList();
		process.destroyForcibly();
		descendants.forEach(ProcessHandle::destroyForcibly);
		try {
			process.waitFor(DRAIN_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
