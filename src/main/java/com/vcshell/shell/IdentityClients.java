package com.vcshell.shell;

import java.util.Objects;

import org.springframework.stereotype.Component;

import com.vcshell.identity.DryRunIdentityClient;
import com.vcshell.identity.IdentityClient;
import com.vcshell.identity.IdentityClientSettings;
import com.vcshell.identity.RestIdentityClient;
import com.vcshell.output.Streams;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.Profile;
import com.vcshell.profile.ProfileException;
import com.vcshell.admin.SessionOptions;

/**
 * The Identity API client of the active profile. Built once per profile and base URL and
 * reused (it keeps the rate limiter's window); it always signs with the session's current
 * pair, so a {@code generate self} takes effect at once. With {@code --dry-run} (at
 * startup or on the command) requests are printed instead of sent.
 */
@Component
public class IdentityClients {

	private final ActiveProfile active;

	private final IdentityClientSettings settings;

	private final Streams streams;

	private final boolean dryRunSession;

	private String cachedFor;

	private IdentityClient cached;

	public IdentityClients(ActiveProfile active, IdentityClientSettings settings, Streams streams,
			SessionOptions options) {
		this.active = active;
		this.settings = settings;
		this.streams = streams;
		this.dryRunSession = options.dryRun();
	}

	/** The client for the active profile; {@code dryRun} prints requests instead. */
	public IdentityClient current(boolean dryRun) {
		Profile profile = this.active.require();
		if (dryRun || this.dryRunSession) {
			return new DryRunIdentityClient(profile.apiBaseUrl(), this.active.credentials(), this.settings.clock(),
					this.settings.nonces(), line -> this.streams.out().println(line));
		}
		if (this.active.revoked()) {
			throw new ProfileException("the credentials of profile '" + profile.name()
					+ "' were revoked in this session; switch with 'profile use <profile>' or add new credentials with 'profile add'");
		}
		return client(profile);
	}

	public IdentityClient current() {
		return current(false);
	}

	/** Whether requests are printed instead of sent, for this command. */
	public boolean dryRun(boolean dryRunOption) {
		return dryRunOption || this.dryRunSession;
	}

	private synchronized IdentityClient client(Profile profile) {
		String key = profile.name() + " " + profile.apiBaseUrl();
		if (this.cached == null || !Objects.equals(this.cachedFor, key)) {
			this.cached = RestIdentityClient.create(profile.apiBaseUrl(), this.active.credentials(), this.settings);
			this.cachedFor = key;
		}
		return this.cached;
	}

}
