package com.vcshell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.emulator.EmulatorControls;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code kill -9} loop of issue 10 §2: the packaged app runs
 * {@code generate self --yes} against the emulator of this JVM (with latency, so that the
 * request is in flight for a while) and is killed with {@code SIGKILL} at a random moment
 * between the arrival of its request and the end of its run; then the next start
 * recovers. For every rotation whose answer the emulator had sent before the kill, the
 * new pair must be in the credentials file or in a rescue file, and no temp file of the
 * credentials file may be left.
 * <p>
 * {@code -Dvcshell.kills=N} sets the number of kills (12 here; {@code bench/kill-loop.sh}
 * runs 100) and {@code -Dvcshell.killSeed=S} replays a run (the seed is printed). The
 * figure is printed as {@code kill loop: ...}. At most one lost pair in 100 kills is the
 * target (a kill can land between the answer's arrival and its journal entry being on
 * disk, a few milliseconds); this test allows one lost pair per 100 kills, and one in any
 * shorter run.
 */
@Tag("kill-loop")
class KillDuringGenerateIT {

	private static final int KILLS = Integer.getInteger("vcshell.kills", 12);

	private static final long SEED = Long.getLong("vcshell.killSeed", System.nanoTime());

	private static final Duration LATENCY = Duration.ofMillis(250);

	/**
	 * How long after the request's arrival a kill may land: the latency, the answer, the
	 * save, the check with the new pair and the exit.
	 */
	private static final int WINDOW_MILLIS = (int) LATENCY.toMillis() + 1_000;

	@TempDir
	Path dir;

	@RegisterExtension
	final EmulatorHome fixture = EmulatorHome.eachTest(() -> this.dir);

	@Test
	void everyAnsweredRotationEndsInTheCredentialsFileOrARescueFile() throws Exception {
		JarProcess.warmUp();
		EmulatorControls controls = this.fixture.emulator().controls();
		controls.latency(LATENCY);
		Random random = new Random(SEED);
		Tally tally = new Tally();
		System.out.printf(Locale.ROOT, "kill loop: %d kills, seed %d (-Dvcshell.killSeed=%d replays it)%n", KILLS, SEED,
				SEED);
		long deadline = System.nanoTime() + Duration.ofSeconds(60L + 8L * KILLS).toNanos();
		while (tally.kills < KILLS && System.nanoTime() < deadline) {
			round(controls, random.nextInt(WINDOW_MILLIS), tally);
		}
		System.out.println("kill loop: " + tally);
		assertThat(tally.kills).as("kills within the time limit").isEqualTo(KILLS);
		assertThat(tally.leftoverTemps).as("temp files left after the next start").isZero();
		assertThat(tally.lost).as("lost pairs (at most 1 in 100 kills): %s", tally)
			.hasSizeLessThanOrEqualTo(Math.max(1, KILLS / 100));
	}

	/** One generate, killed {@code offset} ms after its request arrived (or not). */
	private void round(EmulatorControls controls, int offset, Tally tally) throws Exception {
		String before = this.fixture.adminApiId();
		long requests = controls.requestCount();
		Process process = generateSelf();
		// the emulator counts a request once its latency is over; in flight from its
		// arrival
		awaitOrExit(process, () -> controls.inFlight() > 0 || controls.requestCount() > requests,
				Duration.ofSeconds(60));
		long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(offset);
		while (process.isAlive() && System.nanoTime() < killAt) {
			Thread.sleep(1);
		}
		boolean postStillHeld = controls.inFlight() > 0 && controls.requestCount() == requests;
		boolean killed = kill(process);
		tally.kills += killed ? 1 : 0;
		tally.completed += killed ? 0 : 1;
		awaitOrExit(null, () -> controls.inFlight() == 0, Duration.ofSeconds(10));
		String after = this.fixture.adminApiId();
		if (after.equals(before)) {
			return;
		}
		tally.rotations++;
		Path expected = this.dir.resolve("expected");
		this.fixture.emulator().writeCredentialsFile(expected);
		String pair = demoPair(Files.readString(expected));
		recoverWithTheNextStart();
		boolean inFile = Files.readString(this.fixture.credentials()).contains(pair);
		boolean rescued = rescueFiles().stream().anyMatch((file) -> read(file).contains(pair));
		tally.leftoverTemps += temps().size();
		if (!inFile && !rescued) {
			if (killed && postStillHeld) {
				tally.unanswered++; // killed before the emulator answered: never received
			}
			else {
				tally.lost.add("offset " + offset + " ms, api id ****" + after.substring(28));
			}
		}
		if (!inFile) {
			// the user moves the rescued pair into the file (or the tenant's admin makes
			// a new one)
			Files.copy(expected, this.fixture.credentials(), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** A start that only recovers (one-shot: rescue files), when anything is left. */
	private void recoverWithTheNextStart() throws Exception {
		if (pending().isEmpty() && temps().isEmpty()) {
			return;
		}
		Vcshell.Result result = JarProcess.run(env(), null, "--credentials-file", this.fixture.credentials().toString(),
				"--profile", "demo", "profile", "list");
		assertThat(result.err()).as("the next start's notes").containsAnyOf("recovered: ", "warning: ");
		assertThat(pending()).as("pending entries after the next start: %s", result.err()).isEmpty();
	}

	private Process generateSelf() throws IOException {
		ProcessBuilder builder = new ProcessBuilder(JarProcess.launcher().toString(), "--credentials-file",
				this.fixture.credentials().toString(), "--profile", "demo", "generate", "self", "--yes");
		builder.environment().keySet().removeIf((name) -> !name.equals("PATH"));
		builder.environment().putAll(env());
		builder.redirectOutput(this.dir.resolve("out").toFile());
		builder.redirectError(this.dir.resolve("err").toFile());
		return builder.start();
	}

	private Map<String, String> env() {
		return Map.of("HOME", this.fixture.home().toString(), "JAVA_HOME", System.getProperty("java.home"));
	}

	/** {@code SIGKILL} to the launcher's JVM (the launcher execs it); whether it ran. */
	private static boolean kill(Process process) throws InterruptedException {
		if (!process.isAlive()) {
			process.waitFor();
			return false;
		}
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		process.waitFor();
		return true;
	}

	private static void awaitOrExit(Process process, BooleanSupplier done, Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!done.getAsBoolean() && (process == null || process.isAlive()) && System.nanoTime() < deadline) {
			Thread.sleep(1);
		}
	}

	/** The {@code [demo]} section's id and secret lines, as vcshell writes them. */
	private static String demoPair(String file) {
		List<String> lines = file.lines().toList();
		int section = lines.indexOf("[demo]");
		return lines.get(section + 1) + "\n" + lines.get(section + 2);
	}

	private List<Path> pending() throws IOException {
		return list(this.fixture.home().resolve(".vcshell/pending"), "");
	}

	private List<Path> rescueFiles() throws IOException {
		return list(this.fixture.home().resolve(".vcshell"), "rescue-");
	}

	private List<Path> temps() throws IOException {
		return list(this.dir, ".credentials.").stream()
			.filter((path) -> path.getFileName().toString().endsWith(".tmp"))
			.toList();
	}

	private static List<Path> list(Path folder, String prefix) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile)
				.filter((path) -> path.getFileName().toString().startsWith(prefix))
				.toList();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	/** What the loop saw. */
	private static final class Tally {

		int kills;

		int completed;

		int rotations;

		int unanswered;

		int leftoverTemps;

		final List<String> lost = new ArrayList<>();

		@Override
		public String toString() {
			return String.format(Locale.ROOT,
					"%d kills, %d runs ended before their kill, %d rotations (%d killed before the answer was sent), "
							+ "%d lost pairs %s, %d leftover temp files, seed %d",
					this.kills, this.completed, this.rotations, this.unanswered, this.lost.size(), this.lost,
					this.leftoverTemps, SEED);
		}

	}

}
