package com.vcshell.admin.rotation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vcshell.admin.EmergencyOutput;
import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.InvalidCredentialsException;
import com.vcshell.identity.GeneratedCredentials;
import com.vcshell.profile.CredentialsStore;
import com.vcshell.vault.NewCredentialsFiles;
import com.vcshell.vault.SecretRescue;
import com.vcshell.vault.VaultException;

/**
 * Puts a freshly generated pair where the user asked, and never loses it (design §1):
 * when a write fails, into a rescue file; when even that fails, to the
 * {@link EmergencyOutput}, and the message says where the pair is, or that it may be
 * lost.
 */
@Component
class SecretKeeper {

	private final CredentialsStore store;

	private final NewCredentialsFiles files;

	private final SecretRescue rescue;

	private final EmergencyOutput emergency;

	SecretKeeper(CredentialsStore store, NewCredentialsFiles files, SecretRescue rescue, EmergencyOutput emergency) {
		this.store = store;
		this.files = files;
		this.rescue = rescue;
		this.emergency = emergency;
	}

	/**
	 * Saves the pair to every destination.
	 * @param useAtOnce called with the pair first ({@code generate self} switches the
	 * session to it)
	 * @param journaled the pending journal entry holding the raw answer, or {@code null}
	 * when none does
	 */
	Kept keep(GeneratedCredentials generated, Destinations where, Consumer<ApiCredentials> useAtOnce,
			@Nullable Path journaled) {
		List<String> savedTo = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		ApiCredentials pair = usable(generated, failures);
		if (pair != null) {
			useAtOnce.accept(pair);
		}
		if (where.saveAs() != null && pair != null) {
			save(() -> this.store.save(where.saveAs(), pair, where.apiBaseUrl()),
					"profile [" + where.saveAs() + "] in " + this.store.file(), savedTo, failures);
		}
		if (where.out() != null) {
			save(() -> this.files.create(where.out(), "default", generated.apiId(), generated.apiSecret(),
					where.apiBaseUrl(), null), "new file " + where.out(), savedTo, failures);
		}
		boolean needed = where.saveAs() != null || where.out() != null;
		if (failures.isEmpty() || !needed) {
			return new Kept(pair, savedTo, null, null);
		}
		return rescued(generated, where, pair, savedTo, String.join("; ", failures), journaled);
	}

	/** The pair as vcshell signs with it; {@code null} (and a failure) when unusable. */
	private static @Nullable ApiCredentials usable(GeneratedCredentials generated, List<String> failures) {
		try {
			return ApiCredentials.of(generated.apiId(), generated.apiSecret());
		}
		catch (InvalidCredentialsException ex) {
			failures.add("the API returned a pair vcshell cannot use: " + ex.getMessage());
			return null;
		}
	}

	private static void save(Runnable write, String destination, List<String> savedTo, List<String> failures) {
		try {
			write.run();
			savedTo.add(destination);
		}
		catch (RuntimeException ex) {
			failures.add(String.valueOf(ex.getMessage()));
		}
	}

	private Kept rescued(GeneratedCredentials generated, Destinations where, @Nullable ApiCredentials pair,
			List<String> savedTo, String reason, @Nullable Path journaled) {
		String notSaved = "the new credentials were generated but not saved (" + reason + ")";
		try {
			Path file = this.rescue.rescue(where.rescueSection(), generated.apiId(), generated.apiSecret(),
					where.tenantUrl(), reason);
			return new Kept(pair, savedTo, file, notSaved + "; they are in the rescue file " + file
					+ " (mode 0600): move its section into your credentials file");
		}
		catch (VaultException ex) {
			Optional<String> shownOn = this.emergency.write(where.rescueSection(), generated.apiId(),
					generated.apiSecret(), where.tenantUrl());
			return new Kept(pair, savedTo, null,
					notSaved + ", and " + ex.getMessage() + lastResort(shownOn, journaled));
		}
	}

	/** What the user can still do when even the rescue file failed. */
	private static String lastResort(Optional<String> shownOn, @Nullable Path journaled) {
		String kept = (journaled != null)
				? "its raw answer is kept in " + journaled + " (mode 0600), which the next start of vcshell recovers"
				: null;
		if (shownOn.isPresent()) {
			return "; the new pair is shown on " + shownOn.get()
					+ " with a warning: copy it now, it cannot be shown again" + ((kept != null) ? "; " + kept : "");
		}
		if (kept != null) {
			return "; it could not be shown either, but " + kept;
		}
		return "; it could not be shown either: the new pair MAY BE LOST; check with 'expiration self' or "
				+ "'expiration user <user>' and generate again";
	}

	/**
	 * What became of a pair.
	 *
	 * @param pair the pair, when vcshell could read it
	 * @param savedTo the destinations written
	 * @param rescueFile the rescue file, when one was written
	 * @param problem why it is not everywhere asked ({@code null}: saved as asked)
	 */
	record Kept(@Nullable ApiCredentials pair, List<String> savedTo, @Nullable Path rescueFile,
			@Nullable String problem) {

		boolean saved() {
			return this.problem == null;
		}

		/** Whether the pair is safe on disk or was shown as asked: saved, or rescued. */
		boolean settled() {
			return this.problem == null || this.rescueFile != null;
		}

		/** Names the pair by its masked form only. */
		@Override
		public String toString() {
			return "Kept[pair=" + this.pair + ", savedTo=" + this.savedTo + ", rescueFile=" + this.rescueFile
					+ ", problem=" + this.problem + "]";
		}

	}

}
