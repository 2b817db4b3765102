package com.vcshell.admin.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import com.vcshell.identity.VeracodeApiException;
import com.vcshell.identity.VeracodeApiException.Kind;

/**
 * Runs tasks on a small pool, each with a deadline of its own that starts when the task
 * starts (not while it waits for a thread): a task still running at its deadline gets the
 * late result instead, and its thread is interrupted (an HTTP call or a rate-limit wait
 * then stops). So one dead host never holds up the others. Each run has its own threads,
 * stopped at its end.
 */
final class DeadlineRunner {

	private final Duration deadline;

	private final int poolSize;

	DeadlineRunner(Duration deadline, int poolSize) {
		this.deadline = deadline;
		this.poolSize = poolSize;
	}

	/**
	 * Runs every task; returns their results in order.
	 * @param late the result of a task that missed its deadline, by index
	 * @throws VeracodeApiException when the calling thread is interrupted (Ctrl-C): the
	 * tasks still running are interrupted too
	 */
	<T> List<T> run(List<Supplier<T>> tasks, IntFunction<T> late) {
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(this.poolSize, tasks.size())),
				daemon("vcshell-check"));
		ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("vcshell-check-deadline"));
		try {
			List<CompletableFuture<T>> results = new ArrayList<>();
			for (int i = 0; i < tasks.size(); i++) {
				CompletableFuture<T> result = new CompletableFuture<>();
				Supplier<T> task = tasks.get(i);
				int index = i;
				pool.execute(() -> runOne(task, () -> late.apply(index), result, timers));
				results.add(result);
			}
			List<T> done = new ArrayList<>();
			for (CompletableFuture<T> result : results) {
				done.add(await(result));
			}
			return done;
		}
		finally {
			pool.shutdownNow();
			timers.shutdownNow();
		}
	}

	private <T> void runOne(Supplier<T> task, Supplier<T> late, CompletableFuture<T> result,
			ScheduledExecutorService timers) {
		Thread worker = Thread.currentThread();
		Object guard = new Object();
		boolean[] finished = { false };
		ScheduledFuture<?> timer = timers.schedule(() -> {
			synchronized (guard) {
				if (!finished[0] && result.complete(late.get())) {
					worker.interrupt();
				}
			}
		}, this.deadline.toMillis(), TimeUnit.MILLISECONDS);
		try {
			result.complete(task.get());
		}
		catch (RuntimeException | Error ex) {
			result.completeExceptionally(ex);
		}
		finally {
			synchronized (guard) {
				finished[0] = true;
			}
			timer.cancel(false);
			Thread.interrupted(); // a deadline's interrupt must not reach the next task
		}
	}

	private static <T> T await(CompletableFuture<T> result) {
		try {
			return result.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new VeracodeApiException(Kind.REMOTE, 0, "interrupted (Ctrl-C) before every profile was checked", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	private static ThreadFactory daemon(String name) {
		return (task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		};
	}

}
