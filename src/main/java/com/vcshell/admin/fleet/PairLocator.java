package com.vcshell.admin.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vcshell.admin.delivery.DeliveryPair;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.ProfileException;
import com.vcshell.profile.SavedPairs;
import com.vcshell.profile.SavedPairs.SavedPair;
import com.vcshell.vault.VcshellHome;

/**
 * Finds a new pair again on this machine by its api id, for {@code rotate resume}: in the
 * plan's profile (the credentials file), its new file, a kept copy, or a rescue file. The
 * API never shows a secret twice, so this is the only way back to it.
 */
@Component
class PairLocator {

	private final ActiveProfile active;

	private final VcshellHome home;

	PairLocator(ActiveProfile active, VcshellHome home) {
		this.active = active;
		this.home = home;
	}

	/** The pair and where it is; empty when no file holds it. */
	Optional<LocalCopy> locate(PlannedAccount account, AccountRecord record, String apiId) {
		List<String> savedTo = new ArrayList<>();
		SavedPair pair = null;
		boolean complete = true;
		if (account.saveAs() != null) {
			Path credentials = (record.credentialsFile != null) ? record.credentialsFile
					: this.active.credentialsFile();
			Optional<SavedPair> found = find(credentials, apiId);
			complete = found.isPresent();
			pair = found.orElse(null);
			found.ifPresent((p) -> savedTo.add("profile [" + p.section() + "] in " + credentials));
		}
		Path out = (account.out() != null) ? account.out() : record.out;
		if (out != null) {
			Optional<SavedPair> found = find(out, apiId);
			complete &= found.isPresent() || account.out() == null;
			pair = (pair != null) ? pair : found.orElse(null);
			found.ifPresent((p) -> savedTo.add("new file " + out));
		}
		Path rescue = null;
		if (pair == null) {
			for (Path file : elsewhere(record)) {
				Optional<SavedPair> found = find(file, apiId);
				if (found.isPresent()) {
					pair = found.get();
					rescue = file;
					break;
				}
			}
		}
		if (pair == null) {
			return Optional.empty();
		}
		String problem = complete ? null
				: "not saved where the plan says; it is in " + ((rescue != null) ? rescue : savedTo);
		return Optional.of(new LocalCopy(new DeliveryPair(pair.apiId(), pair.apiSecret()), complete, savedTo, out,
				rescue, problem));
	}

	/**
	 * The journal's rescue file, every rescue file and kept copy, and the temp files a
	 * crash can leave beside the credentials file (written in full, never renamed).
	 */
	private List<Path> elsewhere(AccountRecord record) {
		Set<Path> files = new LinkedHashSet<>();
		if (record.rescueFile != null) {
			files.add(record.rescueFile);
		}
		files.addAll(list(this.home.folder(), "rescue-", ".credentials"));
		files.addAll(list(this.home.resolve("delivered"), "", ".credentials"));
		Path credentials = this.active.credentialsFile().toAbsolutePath();
		if (credentials.getParent() != null) {
			files.addAll(list(credentials.getParent(), "." + credentials.getFileName() + ".", ".tmp"));
		}
		return new ArrayList<>(files);
	}

	private static List<Path> list(Path folder, String prefix, String suffix) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().startsWith(prefix))
				.filter((file) -> file.getFileName().toString().endsWith(suffix))
				.sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()))
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private static Optional<SavedPair> find(@Nullable Path file, String apiId) {
		if (file == null) {
			return Optional.empty();
		}
		try {
			return SavedPairs.find(file, apiId);
		}
		catch (ProfileException ex) {
			return Optional.empty();
		}
	}

}
