package com.vcshell.vault;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The last safe place for a freshly generated secret that could not be saved where the
 * user asked (design §1): {@code ~/.vcshell/rescue-<UTC timestamp>.credentials}, mode
 * 0600 in a folder of mode 0700, in Veracode's credentials format so the section can be
 * moved into a credentials file as it is. Every rescue file is read back after it is
 * written; one that could not be written whole is removed, and the failure reported.
 */
@Component
public class SecretRescue {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int MAX_ATTEMPTS = 100;

	private final VcshellHome home;

	private final Clock clock;

	@Autowired
	public SecretRescue(VcshellHome home) {
		this(home, Clock.systemUTC());
	}

	public SecretRescue(VcshellHome home, Clock clock) {
		this.home = home;
		this.clock = clock;
	}

	/**
	 * Writes the pair into a new rescue file.
	 * @param section the profile it was meant for ({@code default} when none)
	 * @param why what failed, recorded as a comment
	 * @return the rescue file
	 * @throws VaultException when even the rescue file cannot be written
	 */
	public Path rescue(String section, String apiId, String apiSecret, @Nullable URI apiBaseUrl, String why) {
		Instant now = now();
		String comment = "vcshell rescue file: new API credentials generated at " + now + " that could not be saved ("
				+ why + ").\nMove this section into your credentials file, then delete this file.";
		return write(now, NewCredentialsFiles.render(section, apiId, apiSecret, apiBaseUrl, comment)
			.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Writes a whole credentials file (a copy that was never put in place) into a new
	 * rescue file, under a comment saying what it is.
	 * @param what what the content is, recorded as a comment
	 * @return the rescue file
	 * @throws VaultException when the rescue file cannot be written
	 */
	public Path rescueFile(byte[] content, String what) {
		Instant now = now();
		String comment = "# vcshell rescue file, written at " + now + ": " + what.replace('\n', ' ')
				+ ".\n# Move what you need into your credentials file, then delete this file.\n";
		byte[] header = comment.getBytes(StandardCharsets.UTF_8);
		byte[] text = Arrays.copyOf(header, header.length + content.length);
		System.arraycopy(content, 0, text, header.length, content.length);
		return write(now, text);
	}

	/**
	 * A new file named by the time, mode 0600, read back after writing; a write that
	 * fails leaves no file.
	 */
	private Path write(Instant now, byte[] text) {
		Path folder = this.home.folder();
		try {
			OwnerOnlyFiles.folder(folder);
			for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
				Path file = folder.resolve(name(now, attempt));
				try {
					OwnerOnlyFiles.createNew(file, text);
					return file;
				}
				catch (FileAlreadyExistsException ex) {
					// another rescue in the same second: try the next name
				}
			}
			throw new IOException("too many rescue files for " + now);
		}
		catch (IOException ex) {
			throw new VaultException(
					"could not write a rescue file in " + folder + ": " + NewCredentialsFiles.reason(ex), ex);
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	private static String name(Instant now, int attempt) {
		return "rescue-" + STAMP.format(now) + ((attempt > 0) ? "-" + attempt : "") + ".credentials";
	}

}
