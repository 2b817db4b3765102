package com.vcshell.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.stereotype.Component;

import com.vcshell.identity.User;
import com.vcshell.identity.UserType;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.Profile;
import com.vcshell.admin.IdentityClients;

/**
 * Completes a {@code <user>} argument with the user names of the tenant's API service
 * accounts (the user id as description). The list is fetched on a worker thread, waited
 * for briefly, and cached per profile and API host for a minute; a lookup that fails or
 * is slow completes nothing (a slow one fills the cache for the next Tab). Never prints,
 * never throws, and sends nothing in a {@code --dry-run} session.
 */
@Component(UserNameCompletion.NAME)
class UserNameCompletion implements CompletionProvider, DisposableBean {

	/** The bean name commands refer to in {@code completionProvider}. */
	static final String NAME = "userNameCompletion";

	static final Duration WAIT = Duration.ofMillis(1500);

	static final Duration CACHE_FOR = Duration.ofSeconds(60);

	private final IdentityClients clients;

	private final ActiveProfile active;

	private final Clock clock;

	private final Duration wait;

	private final ExecutorService worker = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "vcshell-user-completion");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, Lookup> cache = new ConcurrentHashMap<>();

	@Autowired
	UserNameCompletion(IdentityClients clients, ActiveProfile active, Clock clock) {
		this(clients, active, clock, WAIT);
	}

	UserNameCompletion(IdentityClients clients, ActiveProfile active, Clock clock, Duration wait) {
		this.clients = clients;
		this.active = active;
		this.clock = clock;
		this.wait = wait;
	}

	@Override
	public List<CompletionProposal> apply(CompletionContext context) {
		if (context.getCommandOption() != null || !ProfileNameCompletion.isFirstArgument(context)) {
			return List.of();
		}
		try {
			return proposals();
		}
		catch (RuntimeException ex) {
			return List.of();
		}
	}

	private List<CompletionProposal> proposals() {
		if (this.clients.dryRun(false)) {
			return List.of();
		}
		Profile profile = this.active.require();
		String key = profile.name() + " " + profile.apiBaseUrl();
		Lookup lookup = this.cache.compute(key, (k, cached) -> fresh(cached) ? cached : fetch());
		try {
			return lookup.names().get(this.wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			return List.of();
		}
		catch (ExecutionException ex) {
			this.cache.remove(key, lookup);
			return List.of();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return List.of();
		}
	}

	/** Still in flight, or done well and younger than the cache time. */
	private boolean fresh(Lookup cached) {
		if (cached == null || cached.names().isCompletedExceptionally()) {
			return false;
		}
		return !cached.names().isDone() || this.clock.instant().isBefore(cached.started().plus(CACHE_FOR));
	}

	private Lookup fetch() {
		return new Lookup(this.clock.instant(),
				CompletableFuture.supplyAsync(() -> this.clients.current()
					.allUsers(UserType.API)
					.stream()
					.filter((user) -> user.userName() != null)
					.map(UserNameCompletion::proposal)
					.toList(), this.worker));
	}

	private static CompletionProposal proposal(User user) {
		return new CompletionProposal(user.userName()).description(user.userId());
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
	}

	private record Lookup(Instant started, CompletableFuture<List<CompletionProposal>> names) {
	}

}
