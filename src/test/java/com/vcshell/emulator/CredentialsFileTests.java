package com.vcshell.emulator;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The credentials file the emulator writes for {@code --demo} and {@code --emulator}. */
class CredentialsFileTests {

	@TempDir
	Path dir;

	@Test
	void writesTheDemoProfilesOwnerOnlyPointingAtTheEmulator() throws IOException {
		Path file = this.dir.resolve("sub/credentials");
		try (IdentityEmulator emulator = IdentityEmulator.start(0)) {
			emulator.writeCredentialsFile(file);

			Map<String, Map<String, String>> ini = parse(Files.readString(file));
			assertThat(ini).containsOnlyKeys("demo", "demo-readonly");
			assertThat(ini.get("demo")).containsEntry("veracode_api_key_id", emulator.admin().apiId())
				.containsEntry("veracode_api_key_secret", emulator.admin().apiSecret())
				.containsEntry("api_base_url", emulator.baseUrl().toString());
			assertThat(ini.get("demo-readonly")).containsEntry("veracode_api_key_id", emulator.readOnly().apiId())
				.containsEntry("api_base_url", emulator.baseUrl().toString());
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
	}

	@Test
	void tightensAnExistingFileBeforeWritingIt() throws IOException {
		Path file = Files.writeString(this.dir.resolve("credentials"), "old");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		try (IdentityEmulator emulator = IdentityEmulator.start(0)) {
			emulator.writeCredentialsFile(file);
		}

		assertThat(Files.readString(file)).doesNotContain("old").contains("[demo]");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void theDemoProfilesInTheRepositoryAreTheOnesTheEmulatorWrites() throws IOException {
		Map<String, Map<String, String>> committed = parse(Files.readString(Path.of("profiles/demo.credentials")));
		try (IdentityEmulator emulator = IdentityEmulator.start(0)) {
			Map<String, Map<String, String>> written = parse(CredentialsFileWriter
				.render(URI.create("http://127.0.0.1:8080"), emulator.admin(), emulator.readOnly()));

			assertThat(committed).isEqualTo(written);
		}
	}

	static Map<String, Map<String, String>> parse(String text) {
		Map<String, Map<String, String>> sections = new LinkedHashMap<>();
		Map<String, String> current = null;
		for (String line : text.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("[")) {
				current = new LinkedHashMap<>();
				sections.put(trimmed.substring(1, trimmed.length() - 1), current);
			}
			else if (!trimmed.isEmpty() && !trimmed.startsWith("#") && current != null) {
				int eq = trimmed.indexOf('=');
				current.put(trimmed.substring(0, eq).strip(), trimmed.substring(eq + 1).strip());
			}
		}
		return sections;
	}

}
