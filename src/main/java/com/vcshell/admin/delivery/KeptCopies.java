package com.vcshell.admin.delivery;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

import com.vcshell.vault.OwnerOnlyFiles;
import com.vcshell.vault.VaultException;
import com.vcshell.vault.VcshellHome;

/**
 * Where a pair goes that is delivered but has no other local destination:
 * {@code ~/.vcshell/delivered/<user>-<UTC>.credentials}, a new credentials file (mode
 * 0600 in a folder of mode 0700) written before the delivery runs, so that a delivery
 * command never holds the only copy (design §8).
 */
@Component
public class KeptCopies {

	static final String FOLDER = "delivered";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final VcshellHome home;

	private final Clock clock;

	public KeptCopies(VcshellHome home, Clock clock) {
		this.home = home;
		this.clock = clock;
	}

	/**
	 * A file name for the account's pair that does not exist yet; the folder is made now.
	 * @throws VaultException when the folder cannot be made
	 */
	public Path newFile(String account) {
		Path folder = this.home.resolve(FOLDER);
		try {
			OwnerOnlyFiles.folder(folder);
		}
		catch (IOException ex) {
			throw new VaultException("could not create " + folder + ": " + ex.getMessage(), ex);
		}
		String base = account.replaceAll("[^A-Za-z0-9._@+-]+", "_") + "-"
				+ STAMP.format(this.clock.instant().truncatedTo(ChronoUnit.SECONDS));
		Path file = folder.resolve(base + ".credentials");
		for (int n = 1; java.nio.file.Files.exists(file); n++) {
			file = folder.resolve(base + "-" + n + ".credentials");
		}
		return file;
	}

}
