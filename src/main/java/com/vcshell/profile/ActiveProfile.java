package com.vcshell.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.vcshell.auth.ApiCredentials;

/**
 * The profile the session signs with: the only mutable state of the shell. Loading is
 * lazy, so the shell starts even with no credentials or a malformed file:
 * {@link #current()} then reports the problem once as a warning and gives nothing, while
 * {@link #require()} throws it.
 */
@Component
public class ActiveProfile {

	private final ProfileResolver resolver;

	private final CredentialsStore store;

	private final ProfileWarnings warnings;

	/** The name given to {@code profile use}, or {@code null} for the startup choice. */
	private String chosen;

	/** The loaded profile, or {@code null} until loaded. */
	private Profile profile;

	private boolean revoked;

	/** The last problem reported as a warning, so it is reported once. */
	private String reportedProblem;

	@Autowired
	public ActiveProfile(CredentialsStore store, UserEnvironment environment, ProfileSettings settings,
			ProfileWarnings warnings) {
		this(store, new ProfileResolver(store, environment, settings), warnings);
	}

	ActiveProfile(CredentialsStore store, ProfileResolver resolver, ProfileWarnings warnings) {
		this.store = store;
		this.resolver = resolver;
		this.warnings = warnings;
	}

	/**
	 * The active profile, loading it on first use. A problem (no credentials, a malformed
	 * file) is reported once as a warning and gives an empty result.
	 */
	public synchronized Optional<Profile> current() {
		try {
			Profile active = require();
			this.reportedProblem = null;
			return Optional.of(active);
		}
		catch (ProfileException ex) {
			if (!Objects.equals(ex.getMessage(), this.reportedProblem)) {
				this.reportedProblem = ex.getMessage();
				this.warnings.warn(ex.getMessage());
			}
			return Optional.empty();
		}
	}

	/**
	 * The active profile.
	 * @throws ProfileException when there is none: names every place searched and how to
	 * add a profile or try {@code --demo}
	 */
	public synchronized Profile require() {
		if (this.profile == null) {
			List<String> found = new ArrayList<>();
			Profile loaded = (this.chosen != null) ? this.resolver.named(this.chosen, "profile use", found)
					: this.resolver.initial(found);
			this.store.exposureWarning().ifPresent(found::add);
			found.forEach(this.warnings::warn);
			this.profile = loaded;
		}
		return this.profile;
	}

	/**
	 * Switches the session to another profile: the signer and the API base URL follow at
	 * once.
	 * @throws ProfileException when there is no such profile or it is unusable; the
	 * session then stays on its profile
	 */
	public synchronized Profile use(String name) {
		List<String> found = new ArrayList<>();
		Profile loaded = this.resolver.named(name, "profile use", found);
		found.forEach(this.warnings::warn);
		this.chosen = name;
		this.profile = loaded;
		this.revoked = false;
		this.reportedProblem = null;
		return loaded;
	}

	/**
	 * Signs with a new pair from now on (after {@code generate self}); the profile keeps
	 * its name and base URL.
	 */
	public synchronized void switchCredentials(ApiCredentials newPair) {
		Objects.requireNonNull(newPair, "newPair");
		this.profile = require().withCredentials(newPair);
		this.revoked = false;
	}

	/** Whether the session's key was revoked ({@code revoke self}). */
	public synchronized boolean revoked() {
		return this.revoked;
	}

	public synchronized void markRevoked() {
		this.revoked = true;
	}

	/** The credentials file of the session. */
	public Path credentialsFile() {
		return this.store.file();
	}

	/** A supplier that always gives the pair the session signs with now. */
	public Supplier<ApiCredentials> credentials() {
		return () -> require().credentials();
	}

	/**
	 * The name of the active profile, without reporting a problem; empty when none can be
	 * loaded.
	 */
	synchronized Optional<String> activeName() {
		try {
			return Optional.of(require().name());
		}
		catch (ProfileException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The file's section {@code name} was removed: a session switched to it with
	 * {@code profile use} falls back to the startup choice.
	 */
	synchronized void profileRemoved(String name) {
		if (name.equals(this.chosen)) {
			this.chosen = null;
		}
		fileChanged(name);
	}

	/** The file's section {@code name} changed: reload it when it is the active one. */
	synchronized void fileChanged(String name) {
		if (this.profile != null && this.profile.source() == Profile.Source.FILE && this.profile.name().equals(name)) {
			this.profile = null;
			this.revoked = false;
		}
		this.reportedProblem = null;
	}

}
