package com.vcshell.vault;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The last safe place for a freshly generated secret that could not be saved where the
 * user asked (design §1): {@code ~/.vcshell/rescue-<UTC timestamp>.credentials}, mode
 * 0600 in a folder of mode 0700, in Veracode's credentials format so the section can be
 * moved into a credentials file as it is.
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
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		String comment = "vcshell rescue file: new API credentials generated at " + now + " that could not be saved ("
				+ why + ").\nMove this section into your credentials file, then delete this file.";
		String text = NewCredentialsFiles.render(section, apiId, apiSecret, apiBaseUrl, comment);
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

	private static String name(Instant now, int attempt) {
		return "rescue-" + STAMP.format(now) + ((attempt > 0) ? "-" + attempt : "") + ".credentials";
	}

}
