package com.vcshell.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.InvalidCredentialsException;
import com.vcshell.identity.GeneratedCredentials;
import com.vcshell.output.Streams;
import com.vcshell.profile.CredentialsStore;
import com.vcshell.vault.NewCredentialsFiles;
import com.vcshell.vault.VaultException;
import com.vcshell.vault.SecretRescue;

/**
 * Puts a freshly generated pair where the user asked, and never loses it (design §1):
 * when a write fails, into a rescue file; when even that fails, onto stderr with a
 * warning.
 */
@Component
class SecretKeeper {

	private final CredentialsStore store;

	private final NewCredentialsFiles files;

	private final SecretRescue rescue;

	private final Streams streams;

	SecretKeeper(CredentialsStore store, NewCredentialsFiles files, SecretRescue rescue, Streams streams) {
		this.store = store;
		this.files = files;
		this.rescue = rescue;
		this.streams = streams;
	}

	/**
	 * Saves the pair to every destination.
	 * @param useAtOnce called with the pair first ({@code generate self} switches the
	 * session to it)
	 */
	Kept keep(GeneratedCredentials generated, Destinations where, Consumer<ApiCredentials> useAtOnce) {
		List<String> savedTo = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		ApiCredentials pair = null;
		try {
			pair = ApiCredentials.of(generated.apiId(), generated.apiSecret());
			useAtOnce.accept(pair);
		}
		catch (InvalidCredentialsException ex) {
			failures.add("the API returned a pair vcshell cannot use: " + ex.getMessage());
		}
		if (where.saveAs() != null && pair != null) {
			try {
				this.store.save(where.saveAs(), pair, where.apiBaseUrl());
				savedTo.add("profile [" + where.saveAs() + "] in " + this.store.file());
			}
			catch (RuntimeException ex) {
				failures.add(String.valueOf(ex.getMessage()));
			}
		}
		if (where.out() != null) {
			try {
				this.files.create(where.out(), "default", generated.apiId(), generated.apiSecret(), where.apiBaseUrl(),
						null);
				savedTo.add("new file " + where.out());
			}
			catch (RuntimeException ex) {
				failures.add(String.valueOf(ex.getMessage()));
			}
		}
		boolean needed = where.saveAs() != null || where.out() != null;
		if (failures.isEmpty() || !needed) {
			return new Kept(pair, savedTo, null, null);
		}
		return rescued(generated, where, pair, savedTo, String.join("; ", failures));
	}

	private Kept rescued(GeneratedCredentials generated, Destinations where, @Nullable ApiCredentials pair,
			List<String> savedTo, String reason) {
		try {
			Path file = this.rescue.rescue(where.rescueSection(), generated.apiId(), generated.apiSecret(),
					where.tenantUrl(), reason);
			return new Kept(pair, savedTo, file,
					"the new credentials were generated but not saved (" + reason + "); they are in the rescue file "
							+ file + " (mode 0600): move its section into your credentials file");
		}
		catch (VaultException ex) {
			printOnStderr(generated, where);
			return new Kept(pair, savedTo, null,
					"the new credentials were generated but not saved (" + reason + "), and " + ex.getMessage()
							+ "; the new pair is printed above on stderr: copy it now, it cannot be shown again");
		}
	}

	/** The very last resort: the only copy would otherwise be lost with this process. */
	private void printOnStderr(GeneratedCredentials generated, Destinations where) {
		var err = this.streams.err();
		err.println("warning: the new credentials could not be saved anywhere; copy them now, they cannot be "
				+ "shown again:");
		err.println("[" + where.rescueSection() + "]");
		err.println("veracode_api_key_id = " + generated.apiId());
		err.println("veracode_api_key_secret = " + generated.apiSecret());
		if (where.tenantUrl() != null) {
			err.println("api_base_url = " + where.tenantUrl());
		}
		err.flush();
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

	}

}
