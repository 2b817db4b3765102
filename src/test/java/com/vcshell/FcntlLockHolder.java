package com.vcshell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another program holding a POSIX record lock ({@code fcntl}, through Python's
 * {@code fcntl.lockf}) on a file until closed: what the README tells other tools to do on
 * {@code <credentials>.lock}, and what a vcshell in another process holds on a pending
 * journal entry.
 */
public final class FcntlLockHolder implements AutoCloseable {

	private static final String HOLD = "import fcntl, sys\n" + "f = open(sys.argv[1], 'a')\n"
			+ "fcntl.lockf(f, fcntl.LOCK_EX)\n" + "print('locked', flush=True)\n" + "sys.stdin.read()\n";

	/** Debian's own python3 starts faster than a version manager's shim on the PATH. */
	public static final String PYTHON = java.nio.file.Files.isExecutable(Path.of("/usr/bin/python3"))
			? "/usr/bin/python3" : "python3";

	private final Process process;

	private FcntlLockHolder(Process process) {
		this.process = process;
	}

	/** Whether {@code python3} is there to take the lock. */
	public static boolean available() {
		try {
			return new ProcessBuilder(PYTHON, "-c", "import fcntl").start().waitFor() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	/** Returns once the lock is held. */
	public static FcntlLockHolder lock(Path file) throws IOException {
		Process process = new ProcessBuilder(PYTHON, "-c", HOLD, file.toString()).redirectErrorStream(true).start();
		String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
			.readLine();
		assertThat(line).as("python3 took the lock on %s", file).isEqualTo("locked");
		return new FcntlLockHolder(process);
	}

	/** Lets go of the lock: the program ends. */
	@Override
	public void close() throws Exception {
		this.process.getOutputStream().close();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
