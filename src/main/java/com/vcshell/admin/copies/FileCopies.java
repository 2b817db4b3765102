package com.vcshell.admin.copies;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.Masking;
import com.vcshell.profile.CredentialsStore;
import com.vcshell.profile.ProfileException;
import com.vcshell.profile.UserEnvironment;
import com.vcshell.vault.VaultException;
import com.vcshell.vault.VeracodeYml;

/**
 * The local copies of a key in the session's credentials file and in
 * {@code ~/.veracode/veracode.yml} ({@code ~} is {@code $HOME}, as for the Veracode CLI).
 */
@Component
public class FileCopies implements LocalCopies {

	private final CredentialsStore store;

	private final VeracodeYml veracodeYml;

	@Autowired
	public FileCopies(CredentialsStore store, UserEnvironment environment) {
		this(store, new VeracodeYml(environment.home().resolve(".veracode").resolve("veracode.yml")));
	}

	FileCopies(CredentialsStore store, VeracodeYml veracodeYml) {
		this.store = store;
		this.veracodeYml = veracodeYml;
	}

	@Override
	public Found find(String oldApiId, @Nullable String primaryProfile) {
		List<LocalCopy> copies = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		try {
			this.store.profilesWithKeyId(oldApiId)
				.stream()
				.filter((profile) -> !profile.equals(primaryProfile))
				.forEach((profile) -> copies.add(new LocalCopy(this.store.file(), profile)));
		}
		catch (ProfileException ex) {
			notes.add("could not look for copies of the old key in " + this.store.file() + ": " + ex.getMessage());
		}
		findInVeracodeYml(oldApiId, copies, notes);
		return new Found(oldApiId, copies, notes);
	}

	private void findInVeracodeYml(String oldApiId, List<LocalCopy> copies, List<String> notes) {
		Path file = this.veracodeYml.file();
		try {
			switch (this.veracodeYml.holds(oldApiId)) {
				case YES -> copies.add(new LocalCopy(file, null));
				case ONLY_MENTIONS -> notes.add(file + " mentions the old api id " + Masking.mask(oldApiId)
						+ " but not as an 'api: key-id' vcshell can edit" + problem() + ": update it by hand");
				case NO -> {
				}
			}
		}
		catch (VaultException ex) {
			notes.add("could not look for a copy of the old key in " + file + ": " + ex.getMessage());
		}
	}

	private String problem() {
		String problem = this.veracodeYml.problem();
		return (problem != null) ? " (" + problem + ")" : "";
	}

	@Override
	public CopiesReport update(Found found, ApiCredentials newPair) {
		List<String> updated = new ArrayList<>();
		List<String> notUpdated = new ArrayList<>();
		List<LocalCopy> profiles = found.copies().stream().filter((copy) -> copy.profile() != null).toList();
		if (!profiles.isEmpty()) {
			updateProfiles(found.oldApiId(), profiles, newPair, updated, notUpdated);
		}
		if (found.copies().stream().anyMatch((copy) -> copy.profile() == null)) {
			LocalCopy yml = new LocalCopy(this.veracodeYml.file(), null);
			try {
				this.veracodeYml.replaceKey(found.oldApiId(), newPair.idAsIssued(), newPair.secretAsIssued());
				updated.add(yml.place());
			}
			catch (VaultException ex) {
				notUpdated.add(yml.place() + " still holds the old key: " + ex.getMessage());
			}
		}
		notUpdated.addAll(found.notes());
		return new CopiesReport(updated, notUpdated);
	}

	private void updateProfiles(String oldApiId, List<LocalCopy> profiles, ApiCredentials newPair, List<String> updated,
			List<String> notUpdated) {
		try {
			List<String> names = this.store.replaceKey(oldApiId, profiles.stream().map(LocalCopy::profile).toList(),
					newPair);
			for (LocalCopy copy : profiles) {
				if (names.contains(copy.profile())) {
					updated.add(copy.place());
				}
				else {
					notUpdated.add(copy.place() + " was not updated: it no longer holds the old key "
							+ Masking.mask(oldApiId));
				}
			}
		}
		catch (ProfileException ex) {
			profiles.forEach((copy) -> notUpdated.add(copy.place() + " still holds the old key: " + ex.getMessage()));
		}
	}

}
