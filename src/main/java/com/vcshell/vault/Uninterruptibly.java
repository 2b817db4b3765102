package com.vcshell.vault;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Runs file work that holds or records a secret on a thread of its own, which nobody
 * interrupts, and waits for it without giving up when the caller is interrupted. A
 * {@code FileChannel} used by an interrupted thread closes itself
 * ({@code ClosedByInterruptException}): a Ctrl-C, or any stray interrupt status left on
 * the caller, would otherwise lose the write of a freshly generated secret. The caller's
 * interrupt status is kept as it was (set again when it was interrupted meanwhile).
 */
final class Uninterruptibly {

	private Uninterruptibly() {
	}

	/**
	 * The result of {@code work}, done on a fresh thread; its {@link IOException} or
	 * unchecked exception is thrown here as it was thrown there.
	 */
	static <T> T call(IoWork<T> work) throws IOException {
		FutureTask<T> task = new FutureTask<>(() -> {
			try {
				return work.call();
			}
			catch (IOException ex) {
				throw new Carried(ex);
			}
		});
		Thread thread = new Thread(task, "vcshell-vault");
		thread.start();
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return task.get();
				}
				catch (InterruptedException ex) {
					interrupted = true; // the work goes on; the caller hears of it
										// afterwards
				}
				catch (ExecutionException ex) {
					throw rethrown(ex.getCause());
				}
			}
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** As {@link #call}, for work without a result. */
	static void run(IoAction work) throws IOException {
		call(() -> {
			work.run();
			return null;
		});
	}

	private static IOException rethrown(Throwable cause) {
		if (cause instanceof Carried carried) {
			return carried.io;
		}
		if (cause instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		return new IOException(cause);
	}

	/** An {@link IOException} of the work, on its way to the caller. */
	private static final class Carried extends RuntimeException {

		private final IOException io;

		Carried(IOException io) {
			super(io);
			this.io = io;
		}

	}

	/** File work with a result. */
	@FunctionalInterface
	interface IoWork<T> {

		T call() throws IOException;

	}

	/** File work without a result. */
	@FunctionalInterface
	interface IoAction {

		void run() throws IOException;

	}

}
