package com.vcshell.vault;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.profile.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every writer of a secret (or of its fate) finishes its write on a thread whose
 * interrupt status is set, or is set while it writes (a Ctrl-C): a {@code FileChannel}
 * used by such a thread would close itself ({@code ClosedByInterruptException}). The
 * caller's status is kept.
 */
class InterruptedWritersTests {

	@TempDir
	Path dir;

	private VcshellHome home() {
		return new VcshellHome(this.dir.resolve(".vcshell"));
	}

	@Test
	void theAtomicWriterReplacesTheFileOnAnInterruptedThread() throws Exception {
		Path file = Files.writeString(this.dir.resolve("credentials"), "old\n");

		boolean stillInterrupted = onInterruptedThread(() -> {
			new AtomicFileWriter().update(file, (current) -> "new\n".getBytes(StandardCharsets.UTF_8));
			return null;
		});

		assertThat(Files.readString(file)).isEqualTo("new\n");
		assertThat(stillInterrupted).as("the caller's interrupt status").isTrue();
		assertThat(leftoverTemps()).isEmpty();
	}

	@Test
	void theAtomicWriterFinishesWhenInterruptedWhileWriting() throws Exception {
		Path file = Files.writeString(this.dir.resolve("credentials"), "old\n");
		AtomicReference<Thread> caller = new AtomicReference<>();

		boolean stillInterrupted = onThread(false, () -> {
			caller.set(Thread.currentThread());
			new AtomicFileWriter().update(file, (current) -> {
				caller.get().interrupt(); // a Ctrl-C after the read, before the temp
											// write
				return "new\n".getBytes(StandardCharsets.UTF_8);
			});
			return null;
		});

		assertThat(Files.readString(file)).isEqualTo("new\n");
		assertThat(stillInterrupted).isTrue();
	}

	@Test
	void aNewCredentialsFileIsWrittenOnAnInterruptedThread() throws Exception {
		Path file = this.dir.resolve("new.credentials");

		boolean stillInterrupted = onInterruptedThread(() -> {
			new NewCredentialsFiles().create(file, "default", TestKeys.ID, TestKeys.SECRET, null, null);
			return null;
		});

		assertThat(Files.readString(file)).isEqualTo(TestKeys.section("default"));
		assertThat(stillInterrupted).isTrue();
	}

	@Test
	void aRescueFileIsWrittenOnAnInterruptedThread() throws Exception {
		AtomicReference<Path> rescued = new AtomicReference<>();

		boolean stillInterrupted = onInterruptedThread(() -> {
			rescued.set(new SecretRescue(home()).rescue("demo", TestKeys.ID, TestKeys.SECRET, null, "disk full"));
			return null;
		});

		assertThat(Files.readString(rescued.get())).contains(TestKeys.SECRET);
		assertThat(stillInterrupted).isTrue();
	}

	@Test
	void theAuditLineIsWrittenOnAnInterruptedThread() throws Exception {
		AuditLog log = new AuditLog(home());

		boolean stillInterrupted = onInterruptedThread(() -> {
			log.append(AuditEntry.begin(Instant.now(), "demo", "127.0.0.1", "generate-self").ok());
			return null;
		});

		assertThat(Files.readString(log.file())).contains("\"outcome\":\"ok\"");
		assertThat(stillInterrupted).isTrue();
	}

	@Test
	void thePendingJournalRecordsAndRemovesOnAnInterruptedThread() throws Exception {
		PendingJournal journal = new PendingJournal(home());
		AtomicReference<PendingEntry> entry = new AtomicReference<>();

		boolean stillInterrupted = onInterruptedThread(() -> {
			entry.set(journal.begin(Map.of("profile", "demo")));
			assertThat(entry.get().recordAnswer("{\"api_id\":\"x\"}".getBytes(StandardCharsets.UTF_8))).isTrue();
			return null;
		});
		entry.get().release();
		PendingEntry claimed = journal.claim(entry.get().file()).orElseThrow();

		assertThat(claimed.answer()).asString(StandardCharsets.UTF_8).isEqualTo("{\"api_id\":\"x\"}");
		assertThat(stillInterrupted).isTrue();
		assertThat(onInterruptedThread(() -> {
			claimed.remove();
			return null;
		})).isTrue();
		assertThat(claimed.file()).doesNotExist();
	}

	private Iterable<Path> leftoverTemps() throws Exception {
		try (var files = Files.list(this.dir)) {
			return files.filter((path) -> path.getFileName().toString().endsWith(".tmp")).toList();
		}
	}

	/**
	 * Runs the work on a new thread interrupted before it starts; whether the thread was
	 * still interrupted after it. Fails with the work's exception.
	 */
	private static boolean onInterruptedThread(Callable<Void> work) throws Exception {
		return onThread(true, work);
	}

	private static boolean onThread(boolean interruptFirst, Callable<Void> work) throws Exception {
		AtomicReference<Exception> failure = new AtomicReference<>();
		AtomicBoolean interruptedAfter = new AtomicBoolean();
		Thread thread = new Thread(() -> {
			if (interruptFirst) {
				Thread.currentThread().interrupt();
			}
			try {
				work.call();
			}
			catch (Exception ex) {
				failure.set(ex);
			}
			interruptedAfter.set(Thread.interrupted());
		});
		thread.start();
		thread.join();
		if (failure.get() != null) {
			throw failure.get();
		}
		return interruptedAfter.get();
	}

}
