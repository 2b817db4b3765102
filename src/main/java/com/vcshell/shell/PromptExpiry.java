package com.vcshell.shell;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.vcshell.admin.SessionOptions;
import com.vcshell.admin.check.KeyCheck;
import com.vcshell.admin.check.ProfileCheck;
import com.vcshell.profile.Profile;

/**
 * The state of the active key for the prompt: looked up once per key (profile, base URL
 * and key id, so {@code profile use} and {@code generate self} look again), on a worker
 * thread, never on the input thread. Until the answer is there, or when the lookup fails,
 * there is no state; a {@code --dry-run} session sends nothing and has none. Whoever
 * listens hears when a lookup ends.
 */
@Component
class PromptExpiry implements DisposableBean {

	private final ProfileCheck check;

	private final boolean dryRun;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "vcshell-prompt-expiry");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, CompletableFuture<Optional<KeyCheck>>> lookups = new ConcurrentHashMap<>();

	private volatile Runnable listener = () -> {
	};

	PromptExpiry(ProfileCheck check, SessionOptions session) {
		this.check = check;
		this.dryRun = session.dryRun();
	}

	/** Called (on the worker thread) each time a lookup ends. */
	void onLookup(Runnable listener) {
		this.listener = listener;
	}

	/**
	 * The key's state if known; otherwise starts its lookup (once) and gives nothing.
	 * Never blocks, never throws.
	 */
	Optional<KeyCheck> state(Profile profile) {
		if (this.dryRun) {
			return Optional.empty();
		}
		String key = profile.name() + " " + profile.apiBaseUrl() + " " + profile.credentials().apiId();
		CompletableFuture<Optional<KeyCheck>> lookup = this.lookups.computeIfAbsent(key, (k) -> start(profile));
		return lookup.getNow(Optional.empty());
	}

	private CompletableFuture<Optional<KeyCheck>> start(Profile profile) {
		CompletableFuture<Optional<KeyCheck>> lookup = new CompletableFuture<>();
		try {
			this.worker.execute(() -> {
				lookup.complete(lookup(profile));
				this.listener.run();
			});
		}
		catch (RuntimeException ex) {
			lookup.complete(Optional.empty()); // shutting down
		}
		return lookup;
	}

	private Optional<KeyCheck> lookup(Profile profile) {
		try {
			return Optional.of(this.check.checkKey(profile));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
	}

}
