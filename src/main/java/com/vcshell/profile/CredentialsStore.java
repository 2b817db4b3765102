package com.vcshell.profile;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.vcshell.auth.ApiCredentials;
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

	private static final Pattern PROFILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.@+-]{0,63}");

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
		try {
			return CredentialsFile.parse(this.file, decode(Files.readAllBytes(this.file)));
		}
		catch (NoSuchFileException ex) {
			return CredentialsFile.empty(this.file);
		}
		catch (IOException ex) {
			throw new ProfileException("cannot read " + this.file + ": " + ex.getMessage(), ex);
		}
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
		write("save profile [" + profile + "] to", (current) -> {
			if (current.section(profile).isEmpty()) {
				checkName(profile);
			}
			return CredentialsFileEditor.withProfile(current, profile, credentials, url);
		});
	}

	/**
	 * Removes a profile's section, keeping the rest of the file byte for byte.
	 * @throws ProfileException when there is no such profile or the file cannot be
	 * written
	 */
	public void remove(String profile) {
		write("remove profile [" + profile + "] from",
				(current) -> CredentialsFileEditor.withoutProfile(current, profile));
	}

	/**
	 * A warning when the file can be read by group or others (it holds secrets).
	 */
	public Optional<String> exposureWarning() {
		try {
			if (OwnerOnlyFiles.readableByOthers(this.file)) {
				return Optional.of(this.file + " is readable by group or others and holds API secrets; run: chmod 600 "
						+ this.file);
			}
		}
		catch (IOException ex) {
			// no permissions to report
		}
		return Optional.empty();
	}

	/** Profile names vcshell writes: safe in an INI header and on a command line. */
	static void checkName(String profile) {
		if (profile == null || !PROFILE_NAME.matcher(profile).matches()) {
			throw new ProfileException("invalid profile name '"
					+ CredentialsFileParser.printable(String.valueOf(profile))
					+ "': use letters, digits and _ . @ + - (up to 64 characters, starting with a letter or digit)");
		}
	}

	private void write(String what, Function<CredentialsFile, String> edit) {
		try {
			this.writer.update(this.file, (bytes) -> {
				CredentialsFile current = (bytes != null) ? CredentialsFile.parse(this.file, decode(bytes))
						: CredentialsFile.empty(this.file);
				return edit.apply(current).getBytes(StandardCharsets.UTF_8);
			});
		}
		catch (IOException ex) {
			throw new ProfileException(
					"could not " + what + " " + this.file + ": " + ex.getMessage() + " (the file is unchanged)", ex);
		}
	}

	private String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new ProfileException(this.file + " is not UTF-8 text");
		}
	}

}
