package com.vcshell.admin;

import java.util.Objects;

import org.springframework.stereotype.Component;

import com.vcshell.identity.ApiHosts;
import com.vcshell.identity.DryRunIdentityClient;
import com.vcshell.identity.IdentityClient;
import com.vcshell.identity.IdentityClientSettings;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.Profile;
import com.vcshell.profile.ProfileException;

/**
 * The Identity API client of the active profile. Built once per profile and base URL and
 * reused, on the host's HTTP client and rate limiter that {@link ApiHosts} shares for the
 * whole session; it always signs with the session's current pair, so a
 * {@code generate self} takes effect at once. With {@code --dry-run} (for the session or
 * one command) requests are printed instead of sent.
 */
@Component
public class IdentityClients {

	private final ActiveProfile active;

	private final IdentityClientSettings settings;

	private final ApiHosts hosts;

	private final DryRunOutput dryRunOutput;

	private final boolean dryRunSession;

	private String cachedFor;

	private IdentityClient cached;

	public IdentityClients(ActiveProfile active, IdentityClientSettings settings, ApiHosts hosts,
			SessionOptions session, DryRunOutput dryRunOutput) {
		this.active = active;
		this.settings = settings;
		this.hosts = hosts;
		this.dryRunOutput = dryRunOutput;
		this.dryRunSession = session.dryRun();
	}

	/**
	 * The client for the active profile; {@code dryRun} prints requests instead.
	 * @throws ProfileException when there is no usable profile, or its key was revoked in
	 * this session
	 */
	public IdentityClient current(boolean dryRun) {
		Profile profile = this.active.require();
		if (dryRun(dryRun)) {
			return new DryRunIdentityClient(profile.apiBaseUrl(), this.active.credentials(), this.settings.clock(),
					this.settings.nonces(), this.dryRunOutput::line);
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
			this.cached = this.hosts.client(profile.apiBaseUrl(), this.active.credentials());
			this.cachedFor = key;
		}
		return this.cached;
	}

}
