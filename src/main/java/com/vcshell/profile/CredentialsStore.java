package com.vcshell.profile;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.Masking;
import com.vcshell.vault.AtomicFileWriter;
import com.vcshell.vault.OwnerOnlyFiles;

/**
 * The credentials file: where it is, reading it, and the single writer every command that
 * changes it goes through ({@link AtomicFileWriter}: lock, temp file, fsync, atomic
 * rename, mode 0600). The file is {@code --credentials-file}, else
 * {@code VCSHELL_CREDENTIALS_FILE}, else {@code ~/.veracode/credentials}.
 */
@Component
public class CredentialsStore {

	static final String ENV_FILE = "VCSHELL_CREDENTIALS_FILE";

	private final Path file;

	private final AtomicFileWriter writer;

	@Autowired
	public CredentialsStore(ProfileSettings settings, UserEnvironment environment) {
		this(locate(settings, environment), new AtomicFileWriter());
	}

	CredentialsStore(Path file, AtomicFileWriter writer) {
		this.file = file;
		this.writer = writer;
	}

	static Path locate(ProfileSettings settings, UserEnvironment environment) {
		if (settings.credentialsFileOverride() != null) {
			return settings.credentialsFileOverride();
		}
		String custom = environment.get(ENV_FILE);
		if (custom != null) {
			return Path.of(custom);
		}
		return environment.home().resolve(".veracode").resolve("credentials");
	}

	/** The credentials file (it may not exist). */
	public Path file() {
		return this.file;
	}

	/**
	 * The file as parsed now; an empty one when the file does not exist.
	 * @throws ProfileException when it cannot be read or is malformed (file and line)
	 */
	CredentialsFile read() {
		return CredentialsFileInput.read(this.file)
			.map((text) -> CredentialsFile.parse(this.file, text))
			.orElseGet(() -> CredentialsFile.empty(this.file));
	}

	/** The profile names in file order. */
	public List<String> profileNames() {
		return read().profileNames();
	}

	public boolean exists(String profile) {
		return read().section(profile).isPresent();
	}

	/**
	 * Saves a key pair into a profile: creates the section, or replaces only its key id
	 * and secret (and {@code api_base_url} when given), keeping the rest of the file byte
	 * for byte.
	 * @param apiBaseUrlOrNull a base URL to record, or {@code null} to leave it as it is
	 * @throws ProfileException when the file is malformed or cannot be written; the file
	 * is then unchanged
	 */
	public void save(String profile, ApiCredentials credentials, URI apiBaseUrlOrNull) {
		String url = (apiBaseUrlOrNull != null) ? apiBaseUrlOrNull.toString() : null;
		write("save profile [" + SafeText.of(profile) + "] to", (current) -> {
			if (current.section(profile).isEmpty()) {
				checkName(profile);
			}
			return CredentialsFileEditor.withProfile(current, profile, credentials, url);
		});
	}

	/**
	 * The profiles whose key id is this api id (any case, with or without a region
	 * prefix), in file order: the copies of one key (under names vcshell uses).
	 * @throws ProfileException when the file cannot be read or is malformed
	 */
	public List<String> profilesWithKeyId(String apiId) {
		return KeyCopies.holding(read(), apiId);
	}

	/**
	 * Puts a new pair into each of these profiles that still holds the old api id, in one
	 * atomic write, changing only their key id and secret values (a region prefix they
	 * had is kept when the new values have none). The session's active profile is not
	 * reloaded: the caller switches it when it is among them.
	 * @return the profiles updated, in file order
	 * @throws ProfileException when the file is malformed or cannot be written; the file
	 * is then unchanged
	 */
	public List<String> replaceKey(String oldApiId, Collection<String> profiles, ApiCredentials newPair) {
		List<String> updated = new ArrayList<>();
		write("update the copies of the key " + Masking.mask(oldApiId) + " in", (current) -> {
			updated.clear();
			updated.addAll(KeyCopies.holding(current, oldApiId).stream().filter(profiles::contains).toList());
			return KeyCopies.withNewPair(current, updated, newPair);
		});
		return List.copyOf(updated);
	}

	/**
	 * Removes a profile's section, keeping the rest of the file byte for byte.
	 * @throws ProfileException when there is no such profile or the file cannot be
	 * written
	 */
	public void remove(String profile) {
		write("remove profile [" + SafeText.of(profile) + "] from",
				(current) -> CredentialsFileEditor.withoutProfile(current, profile));
	}

	/**
	 * A warning when the file can be read by group or others (it holds secrets).
	 */
	public Optional<String> exposureWarning() {
		try {
			if (OwnerOnlyFiles.readableByOthers(this.file)) {
				return Optional.of(SafeText.path(this.file)
						+ " is readable by group or others and holds API secrets; run: chmod 600 "
						+ SafeText.path(this.file));
			}
		}
		catch (IOException ex) {
			// no permissions to report
		}
		return Optional.empty();
	}

	/** Profile names vcshell writes: safe in an INI header and on a command line. */
	static void checkName(String profile) {
		ProfileNames.requireWritable(profile);
	}

	/**
	 * Edits the file under the writer's lock. What is at the path is checked first (a
	 * regular file of at most 1 MiB, or nothing), as for {@link #read()}, so the writer
	 * never opens a FIFO or a device.
	 */
	private void write(String what, Function<CredentialsFile, String> edit) {
		CredentialsFileInput.check(this.file);
		try {
			this.writer.update(this.file, (bytes) -> {
				CredentialsFile current = (bytes != null)
						? CredentialsFile.parse(this.file, CredentialsFileInput.decode(this.file, bytes))
						: CredentialsFile.empty(this.file);
				return edit.apply(current).getBytes(StandardCharsets.UTF_8);
			});
		}
		catch (IOException ex) {
			throw new ProfileException("could not " + what + " " + SafeText.path(this.file) + ": "
					+ CredentialsFileInput.reason(this.file, ex) + " (the file is unchanged)", ex);
		}
	}

}
