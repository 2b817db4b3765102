package com.vcshell.admin;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import com.vcshell.identity.ApiCredentialsInfo;
import com.vcshell.identity.IdentityClient;
import com.vcshell.identity.User;
import com.vcshell.identity.VeracodeApiException;
import com.vcshell.identity.VeracodeApiException.Kind;

/**
 * Reads the credentials of many accounts (the expiration report, a rotation plan) with a
 * small pool of threads ({@link Concurrency}, 8 by default), each read waiting for the
 * API host's rate limiter, which the pool shares: the reads overlap their latency, and
 * the calls per minute stay within the limit. So the time is about the larger of
 * {@code reads × latency ÷ pool} and {@code reads ÷ limit}, not their sum.
 * <p>
 * Results come in the accounts' order; an account whose credentials cannot be read is a
 * result with its failure, a 404 one without credentials. Progress is reported on the
 * calling thread. An interrupt of the calling thread (Ctrl-C) stops the pool at once:
 * reads in flight are abandoned, no more are sent, and the whole read fails. A dry run
 * reads one account after another, so the requests print in order.
 */
@Component
public class CredentialsReader {

	private final Concurrency concurrency;

	private final AtomicInteger pools = new AtomicInteger();

	public CredentialsReader(Concurrency concurrency) {
		this.concurrency = concurrency;
	}

	/**
	 * Returns when the pool size is valid: call it before sending anything.
	 * @throws UsageException when {@value Concurrency#VARIABLE} is not valid
	 */
	public void check() {
		this.concurrency.require();
	}

	/**
	 * Every account's credentials, in the accounts' order.
	 * @throws UsageException when {@value Concurrency#VARIABLE} is not valid
	 * @throws VeracodeApiException when interrupted (Ctrl-C): nothing more is sent
	 */
	public List<AccountCredentials> readAll(IdentityClient client, List<User> accounts, ProgressListener progress) {
		int threads = client.isDryRun() ? 1 : Math.min(this.concurrency.require(), Math.max(1, accounts.size()));
		ExecutorService pool = Executors.newFixedThreadPool(threads, threads());
		AccountCredentials[] results = new AccountCredentials[accounts.size()];
		progress.start(accounts.size());
		try {
			CompletionService<Integer> done = new ExecutorCompletionService<>(pool);
			for (int i = 0; i < accounts.size(); i++) {
				int index = i;
				done.submit(() -> {
					results[index] = read(client, accounts.get(index));
					return index;
				});
			}
			for (int i = 0; i < accounts.size(); i++) {
				take(done, i, accounts.size());
				progress.step();
			}
			return Arrays.asList(results);
		}
		finally {
			stop(pool);
			progress.finish();
		}
	}

	/** Waits for the next read to finish. */
	private static void take(CompletionService<Integer> done, int finished, int total) {
		try {
			done.take().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new VeracodeApiException(Kind.REMOTE, 0, "interrupted (Ctrl-C) after reading " + finished + " of "
					+ total + " accounts' credentials; no more requests were sent", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** An account's credentials; a 404 means it has none. */
	private static AccountCredentials read(IdentityClient client, User account) {
		try {
			ApiCredentialsInfo info = client.credentialsForUser(account.userId());
			return new AccountCredentials(account, info, null);
		}
		catch (VeracodeApiException ex) {
			if (ex.kind() == Kind.NOT_FOUND) {
				return new AccountCredentials(account, null, null);
			}
			return new AccountCredentials(account, null, ex);
		}
	}

	/**
	 * Stops the pool: interrupts reads still running (a Ctrl-C, a failure) and waits a
	 * moment for them, so no request is sent after this returns.
	 */
	private static void stop(ExecutorService pool) {
		pool.shutdownNow();
		boolean interrupted = Thread.interrupted();
		try {
			pool.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			interrupted = true;
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** Daemon threads, so a read that never ends cannot keep the JVM alive. */
	private ThreadFactory threads() {
		int pool = this.pools.incrementAndGet();
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, "vcshell-read-" + pool + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
