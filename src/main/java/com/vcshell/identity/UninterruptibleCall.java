package com.vcshell.identity;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Runs a request that must not be given up once sent (a generate: the server revokes the
 * old pair whatever becomes of its answer) on a thread of its own, which nobody
 * interrupts, and waits for its answer even when the caller is interrupted meanwhile. The
 * JDK's HTTP client cancels an exchange whose caller is interrupted, and its answer would
 * be lost; here the caller's interrupt status is only set again afterwards.
 */
final class UninterruptibleCall {

	private UninterruptibleCall() {
	}

	/** The call's result; its unchecked exception is thrown here as it was there. */
	static <T> T call(Supplier<T> call) {
		FutureTask<T> task = new FutureTask<>(call::get);
		Thread thread = new Thread(task, "vcshell-generate");
		thread.start();
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return task.get();
				}
				catch (InterruptedException ex) {
					interrupted = true; // the answer is still coming: wait for it
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

	private static RuntimeException rethrown(Throwable cause) {
		if (cause instanceof RuntimeException runtime) {
			return runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		return new IllegalStateException(cause);
	}

}
