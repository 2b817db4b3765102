package com.vcshell.vault;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes freshly generated credentials into a new file in Veracode's credentials format
 * ({@code generate user --out}): one section, mode 0600, never over an existing file.
 */
@Component
public class NewCredentialsFiles {

	private static final String KEY_ID = "veracode_api_key_id";

	private static final String KEY_SECRET = "veracode_api_key_secret";

	private static final String KEY_BASE_URL = "api_base_url";

	/** Whether something is already at that path (such a file is never overwritten). */
	public boolean exists(Path file) {
		return Files.exists(file);
	}

	/**
	 * Creates the file with one {@code [section]} holding the pair (and the base URL when
	 * given).
	 * @throws VaultException when it exists or cannot be written; nothing of the secret
	 * is in the message
	 */
	public void create(Path file, String section, String apiId, String apiSecret, @Nullable URI apiBaseUrl,
			@Nullable String comment) {
		try {
			OwnerOnlyFiles.createNew(file, render(section, apiId, apiSecret, apiBaseUrl, comment));
		}
		catch (FileAlreadyExistsException ex) {
			throw new VaultException(file + " already exists; it is never overwritten", ex);
		}
		catch (IOException ex) {
			throw new VaultException("could not write " + file + ": " + reason(ex), ex);
		}
	}

	/**
	 * The text of a one-section file in Veracode's credentials format (the keys other
	 * tools read, plus vcshell's {@code api_base_url}).
	 */
	static String render(String section, String apiId, String apiSecret, @Nullable URI apiBaseUrl,
			@Nullable String comment) {
		StringBuilder text = new StringBuilder();
		if (comment != null) {
			comment.lines().forEach((line) -> text.append("# ").append(line).append('\n'));
		}
		text.append('[').append(section).append("]\n");
		text.append(KEY_ID).append(" = ").append(apiId).append('\n');
		text.append(KEY_SECRET).append(" = ").append(apiSecret).append('\n');
		if (apiBaseUrl != null) {
			text.append(KEY_BASE_URL).append(" = ").append(apiBaseUrl).append('\n');
		}
		return text.toString();
	}

	/** An I/O failure in a few words (the JDK often gives only the path). */
	static String reason(IOException ex) {
		String message = ex.getMessage();
		String kind = ex.getClass().getSimpleName().replace("Exception", "");
		return (message == null || message.isBlank()) ? kind : kind + ": " + message;
	}

}
