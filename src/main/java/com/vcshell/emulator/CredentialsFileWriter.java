package com.vcshell.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import com.vcshell.vault.OwnerOnlyFiles;

/**
 * Writes the emulator's credentials file: Veracode's INI format plus vcshell's
 * {@code api_base_url}, mode 0600 from the moment it exists.
 */
final class CredentialsFileWriter {

	static final String ADMIN_PROFILE = "demo";

	static final String READ_ONLY_PROFILE = "demo-readonly";

	private CredentialsFileWriter() {
	}

	static String render(URI baseUrl, SeedAccount admin, SeedAccount readOnly) {
		return "# vcshell demo tenant: the built-in Identity API emulator at " + baseUrl + "\n"
				+ "# Demo keys from a fixed seed; they work only against the emulator.\n\n"
				+ section(ADMIN_PROFILE, "admin API account " + admin.userName(), admin, baseUrl) + "\n"
				+ section(READ_ONLY_PROFILE, "non-admin API account " + readOnly.userName(), readOnly, baseUrl);
	}

	private static String section(String name, String comment, SeedAccount account, URI baseUrl) {
		return "# " + comment + "\n[" + name + "]\nveracode_api_key_id = " + account.apiId()
				+ "\nveracode_api_key_secret = " + account.apiSecret() + "\napi_base_url = " + baseUrl + "\n";
	}

	static void write(Path file, String content) {
		try {
			OwnerOnlyFiles.ensureFile(file);
			Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the credentials file " + file + ": " + ex.getMessage(), ex);
		}
	}

}
