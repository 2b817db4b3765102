package com.vcshell.vault;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.FcntlLockHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The lock on {@code <credentials>.lock} (issue 10 §7) between vcshell and another
 * program: the README's one-liner, run for real, makes vcshell wait and, past its
 * timeout, refuse without touching the file; a lock vcshell holds is seen by that
 * program. The one-liner tested here is the one the README prints.
 */
class CredentialsLockTests {

	/**
	 * Runs a command while holding the lock: the README's one-liner, without the shell.
	 */
	static final String ONE_LINER = "import fcntl,subprocess,sys; f=open(sys.argv[1],\"a\"); "
			+ "fcntl.lockf(f,fcntl.LOCK_EX); sys.exit(subprocess.call(sys.argv[2:]))";

	/** Exits 0 when it could take the lock at once, 1 when someone holds it. */
	private static final String TRY_LOCK = "import fcntl,sys\nf = open(sys.argv[1], 'a')\ntry:\n"
			+ "    fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)\nexcept OSError:\n    sys.exit(1)\n";

	@TempDir
	Path dir;

	private Path file;

	private Path lockFile;

	@BeforeEach
	void credentialsFile() throws IOException {
		assumeThat(FcntlLockHolder.available()).as("python3 with fcntl").isTrue();
		this.file = Files.writeString(this.dir.resolve("credentials"), "[default]\nold = 1\n");
		this.lockFile = this.dir.resolve("credentials.lock");
	}

	@Test
	void theReadmeGivesThisOneLiner() throws IOException {
		assertThat(Files.readString(Path.of("README.md"))).contains("python3 -c '" + ONE_LINER + "'");
	}

	@Test
	void whileAnotherProgramHoldsTheLockVcshellWaitsThenRefusesAndTheFileIsUntouched() throws Exception {
		Process holder = holdTheLock();
		try {
			AtomicFileWriter writer = new AtomicFileWriter((temp) -> {
			}, Duration.ofSeconds(1));

			assertThatExceptionOfType(IOException.class)
				.isThrownBy(() -> writer.update(this.file, (current) -> "[default]\nnew = 1\n".getBytes()))
				.withMessage("timed out after 1 s waiting for the lock " + this.lockFile
						+ " (another vcshell, or another program, is writing the file)");
			assertThat(this.file).hasContent("[default]\nold = 1\n");
			assertThat(temps()).isEmpty();
		}
		finally {
			release(holder);
		}
	}

	@Test
	void vcshellWritesOnlyOnceTheOtherProgramHasLetGo() throws Exception {
		Path marker = this.dir.resolve("released");
		Process holder = holdTheLock("sh", "-c", "echo locked; cat >/dev/null; echo done > '" + marker + "'");
		AtomicReference<Boolean> otherWasDone = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread writing = new Thread(() -> {
			try {
				new AtomicFileWriter((temp) -> otherWasDone.set(Files.exists(marker)), Duration.ofSeconds(60))
					.update(this.file, (current) -> "[default]\nnew = 1\n".getBytes());
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
		});
		writing.start();
		awaitWaitingForTheLock();

		release(holder); // the program's command ends (writing the marker), then its lock
		writing.join();

		assertThat(failure.get()).isNull();
		assertThat(otherWasDone.get()).as("the other program had finished when vcshell wrote").isTrue();
		assertThat(this.file).hasContent("[default]\nnew = 1\n");
	}

	@Test
	void anotherProgramSeesTheLockVcshellHolds() throws Exception {
		List<Integer> whileVcshellWrites = new ArrayList<>();
		new AtomicFileWriter((temp) -> whileVcshellWrites.add(tryLock()), Duration.ofSeconds(5)).update(this.file,
				(current) -> "[default]\nnew = 1\n".getBytes());

		assertThat(whileVcshellWrites).as("python's non-blocking lockf while vcshell writes").containsExactly(1);
		assertThat(tryLock()).as("and once it is done").isZero();
	}

	/**
	 * Waits until the writer's work (on its own {@code vcshell-vault} thread) is in the
	 * loop that tries the lock.
	 */
	private static void awaitWaitingForTheLock() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (!inTheLockLoop() && System.nanoTime() < deadline) {
			Thread.sleep(1);
		}
		assertThat(inTheLockLoop()).as("the writer waits for the lock").isTrue();
	}

	private static boolean inTheLockLoop() {
		return Thread.getAllStackTraces()
			.entrySet()
			.stream()
			.filter((thread) -> thread.getKey().getName().equals("vcshell-vault"))
			.anyMatch((thread) -> Arrays.stream(thread.getValue())
				.anyMatch((frame) -> frame.getClassName().equals(AtomicFileWriter.class.getName())
						&& frame.getMethodName().equals("acquire")));
	}

	private Process holdTheLock() throws IOException {
		return holdTheLock("sh", "-c", "echo locked; cat >/dev/null");
	}

	/** Starts the one-liner with {@code command}; returns once it holds the lock. */
	private Process holdTheLock(String... command) throws IOException {
		List<String> line = new ArrayList<>(List.of(FcntlLockHolder.PYTHON, "-c", ONE_LINER, this.lockFile.toString()));
		line.addAll(List.of(command));
		Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
		String first = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
			.readLine();
		assertThat(first).as("the one-liner's command runs under the lock").isEqualTo("locked");
		return process;
	}

	private static void release(Process holder) throws Exception {
		holder.getOutputStream().close();
		assertThat(holder.waitFor(20, TimeUnit.SECONDS)).isTrue();
		assertThat(holder.exitValue()).as("the one-liner exits with its command's code").isZero();
	}

	private int tryLock() throws IOException {
		try {
			Process process = new ProcessBuilder(FcntlLockHolder.PYTHON, "-c", TRY_LOCK, this.lockFile.toString())
				.start();
			return process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private List<Path> temps() throws IOException {
		try (Stream<Path> files = Files.list(this.dir)) {
			return files.filter((path) -> path.getFileName().toString().endsWith(".tmp")).toList();
		}
	}

}
