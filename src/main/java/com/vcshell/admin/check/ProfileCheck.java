package com.vcshell.admin.check;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.vcshell.admin.SessionOptions;
import com.vcshell.admin.UsageException;
import com.vcshell.admin.expiry.ExpiryClassifier;
import com.vcshell.identity.ApiHosts;
import com.vcshell.identity.IdentityClient;
import com.vcshell.profile.Profile;
import com.vcshell.profile.ProfileException;
import com.vcshell.profile.ProfileManager;
import com.vcshell.profile.ProfileSummary;

/**
 * {@code profile check}: tries every profile's key (or the named ones) with a signed call
 * of its own, on a pool of {@value #POOL_SIZE}, each within its own deadline (10 s by
 * default). Clients come from {@link ApiHosts}, so profiles of one API host share its
 * HTTP client and rate limit. A profile the file cannot give a key for is
 * {@code malformed} and sends nothing.
 */
@Component
public class ProfileCheck {

	/** How long one profile's check may take. */
	public static final Duration DEADLINE = Duration.ofSeconds(10);

	/**
	 * Keys with fewer days left than this are {@code expiring}, unless told otherwise.
	 */
	public static final int EXPIRING_DAYS = 30;

	static final int POOL_SIZE = 8;

	private final ProfileManager profiles;

	private final ApiHosts hosts;

	private final SessionOptions session;

	private final KeyProbe probe;

	private final Duration deadline;

	@Autowired
	public ProfileCheck(ProfileManager profiles, ApiHosts hosts, SessionOptions session, ExpiryClassifier classifier,
			Clock clock) {
		this(profiles, hosts, session, classifier, clock, DEADLINE);
	}

	ProfileCheck(ProfileManager profiles, ApiHosts hosts, SessionOptions session, ExpiryClassifier classifier,
			Clock clock, Duration deadline) {
		this.profiles = profiles;
		this.hosts = hosts;
		this.session = session;
		this.probe = new KeyProbe(classifier, clock);
		this.deadline = deadline;
	}

	/**
	 * Checks the named profiles, or every profile of the credentials file (then
	 * {@code env}) when none is named.
	 * @param withinDays the {@code expiring} threshold, {@value #EXPIRING_DAYS} when
	 * {@code null}
	 * @throws ProfileException when a named profile does not exist, or the file is
	 * malformed as a whole
	 * @throws UsageException for a negative threshold, or in a {@code --dry-run} session
	 */
	public CheckReport check(List<String> names, @Nullable Integer withinDays) {
		int days = expiringDays(withinDays);
		if (this.session.dryRun()) {
			throw new UsageException(
					"profile check cannot run with --dry-run: it proves each key by sending a signed request with it");
		}
		List<Target> targets = names.isEmpty() ? everyProfile() : named(names);
		if (targets.isEmpty()) {
			throw new ProfileException("no profiles to check in " + this.profiles.file()
					+ "; add one with 'profile add <profile>', or try --demo");
		}
		List<Supplier<KeyCheck>> tasks = new ArrayList<>();
		for (Target target : targets) {
			tasks.add(task(target, days));
		}
		List<KeyCheck> checks = new DeadlineRunner(this.deadline, POOL_SIZE).run(tasks,
				(index) -> late(targets.get(index)));
		return new CheckReport(checks);
	}

	/**
	 * The state of one key for the prompt: its own credentials only (no account name),
	 * within the deadline, on the calling thread.
	 */
	public KeyCheck checkKey(Profile profile) {
		IdentityClient client = this.hosts.client(profile.apiBaseUrl(), profile::credentials);
		Supplier<KeyCheck> task = () -> this.probe.probe(profile, client, EXPIRING_DAYS, false);
		return new DeadlineRunner(this.deadline, 1).run(List.of(task), (index) -> KeyProbe.late(profile, this.deadline))
			.get(0);
	}

	/**
	 * The task of one target. Its client is made here, on the calling thread, so that a
	 * setting that stops every client (a bad proxy variable) fails the command at once.
	 */
	private Supplier<KeyCheck> task(Target target, int days) {
		if (target.problem() != null) {
			KeyCheck malformed = KeyProbe.malformed(target.name(), target.problem());
			return () -> malformed;
		}
		Profile profile = target.profile();
		IdentityClient client = this.hosts.client(profile.apiBaseUrl(), profile::credentials);
		return () -> this.probe.probe(profile, client, days, true);
	}

	private KeyCheck late(Target target) {
		Profile profile = target.profile();
		return (profile != null) ? KeyProbe.late(profile, this.deadline)
				: KeyProbe.malformed(target.name(), String.valueOf(target.problem()));
	}

	private List<Target> everyProfile() {
		List<Target> targets = new ArrayList<>();
		for (ProfileSummary row : this.profiles.list()) {
			targets.add((row.problem() != null) ? Target.unusable(row.name(), row.problem())
					: load(row.name(), () -> this.profiles.load(row.name(), row.source())));
		}
		return targets;
	}

	private List<Target> named(List<String> names) {
		List<String> known = this.profiles.names();
		List<Target> targets = new ArrayList<>();
		for (String name : new LinkedHashSet<>(names)) {
			if (!known.contains(name)) {
				this.profiles.requireExisting(name);
			}
			targets.add(load(name, () -> this.profiles.load(name)));
		}
		return targets;
	}

	private static Target load(String name, Supplier<Profile> loader) {
		try {
			return new Target(name, loader.get(), null);
		}
		catch (ProfileException ex) {
			return Target.unusable(name, ex.getMessage());
		}
	}

	private static int expiringDays(@Nullable Integer withinDays) {
		if (withinDays == null) {
			return EXPIRING_DAYS;
		}
		if (withinDays < 0 || withinDays > 3650) {
			throw new UsageException("--within needs a number of days from 0 to 3650");
		}
		return withinDays;
	}

	/** A profile to check, or why it cannot be. */
	private record Target(String name, @Nullable Profile profile, @Nullable String problem) {

		static Target unusable(String name, String problem) {
			return new Target(name, null, problem);
		}

	}

}
