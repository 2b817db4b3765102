package com.vcshell.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.CredentialsStore;
import com.vcshell.profile.ProfileSettings;
import com.vcshell.profile.UserEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The prompt shows the active profile and region, and says when there is none. */
class ProfilePromptTests {

	private static final String ID = "3ddaeeb10ca690df3fee5e3bd1c329fa";

	private static final String SECRET = "0123456789abcdef0123456789abcdef";

	@TempDir
	Path home;

	private final List<String> warnings = new ArrayList<>();

	private ActiveProfile active() {
		UserEnvironment env = new UserEnvironment(Map.of("HOME", this.home.toString()), this.home);
		ProfileSettings settings = ProfileSettings.defaults();
		return new ActiveProfile(new CredentialsStore(settings, env), env, settings, this.warnings::add);
	}

	private void write(String text) throws IOException {
		Path file = Files.createDirectories(this.home.resolve(".veracode")).resolve("credentials");
		Files.writeString(file, text);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
	}

	private static String section(String name, String prefixI, String prefixS, String extra) {
		return "[" + name + "]\nveracode_api_key_id = " + prefixI + ID + "\nveracode_api_key_secret = " + prefixS
				+ SECRET + "\n" + extra;
	}

	@Test
	void showsProfileAndRegion() throws IOException {
		write(section("default", "", "", "") + section("prod", "vera01ei-", "vera01es-", "")
				+ section("local", "", "", "api_base_url = http://localhost:8080\n"));
		ActiveProfile active = active();
		ProfilePrompt prompt = new ProfilePrompt(active);
		assertThat(prompt.text()).isEqualTo("vcshell[default@global]> ");
		active.use("prod");
		assertThat(prompt.text()).isEqualTo("vcshell[prod@eu]> ");
		active.markRevoked();
		assertThat(prompt.text()).isEqualTo("vcshell[prod@eu REVOKED]> ");
		active.use("local");
		assertThat(prompt.text()).isEqualTo("vcshell[local@localhost]> ");
	}

	@Test
	void withoutCredentialsTheShellStartsAndWarnsOnce() {
		ProfilePrompt prompt = new ProfilePrompt(active());
		assertThat(prompt.text()).isEqualTo("vcshell[no profile]> ");
		assertThat(prompt.text()).isEqualTo("vcshell[no profile]> ");
		assertThat(this.warnings).singleElement().asString().startsWith("no credentials found").contains("--demo");
	}

}
