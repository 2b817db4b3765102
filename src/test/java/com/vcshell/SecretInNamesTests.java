package com.vcshell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 §5: a secret a user puts into a name (a credentials-file section, the folder
 * of the file, a command's argument) is masked wherever vcshell prints it: the error
 * line, warnings, tables, JSON, the script echo. Api ids stay in full where design §2
 * shows them (whoami, expiration).
 */
class SecretInNamesTests {

	private static final String SECRET = "ab".repeat(62) + "9f3e";

	private static final String PREFIXED = "vera01es-" + "cd".repeat(62) + "7a1b";

	private static final String FOLDER = "0123456789abcdef".repeat(3);

	/** Any run the masking rule would have masked. */
	private static final Pattern KEY_LIKE = Pattern.compile("(?i)vera01[0-9a-z_-]+|[0-9a-f]{32,}");

	@TempDir
	static Path dir;

	/**
	 * One emulator; a fresh HOME for each test (its credentials file is not used here).
	 */
	@RegisterExtension
	static final EmulatorHome fixture = EmulatorHome.wholeClass(() -> dir);

	private Vcshell vcshell;

	/**
	 * A credentials file in a folder named like a key, with two more profiles named so.
	 */
	@BeforeEach
	void aFileWithSecretsForNames() throws Exception {
		Path credentials = Files.createDirectories(fixture.home().resolve(FOLDER)).resolve("credentials");
		fixture.emulator().writeCredentialsFile(credentials);
		String demo = Files.readString(credentials);
		String pair = demo.substring(demo.indexOf("[demo]") + "[demo]".length(), demo.indexOf("api_base_url"));
		Files.writeString(credentials, demo + "\n[" + SECRET + "]" + pair + "\n[" + PREFIXED + "]" + pair);
		Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-r--r--"));
		this.vcshell = Vcshell.withEnv(Map.of("HOME", fixture.home().toString()))
			.withArgs("--credentials-file", credentials.toString());
	}

	@Test
	void everyCommandThatPrintsProfileNamesMasksThem() throws Exception {
		Path script = Files.writeString(dir.resolve("names.vcsh"),
				String.join("\n", "profile list", "profile list --json", "profile show", "profile show --json",
						"profile use " + SECRET, "profile use " + PREFIXED, "profile remove " + SECRET + " --yes",
						"whoami", "whoami --json", "expiration self --json", "users show " + SECRET,
						"expiration user " + PREFIXED, "revoke id " + SECRET + " --yes", SECRET, "format " + PREFIXED,
						"users list --type " + SECRET, "profile check", "profile check --json", "profile list --check",
						""));

		Vcshell.Result result = this.vcshell.run("--profile", "demo", "--continue-on-error", "--script",
				script.toString());

		assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
		assertNoSecret(result);
		assertThat(result.err()).contains("warning: ")
			.contains("error: invalid profile name '****9f3e' (chosen by profile use)")
			.contains("error: no user named '****9f3e'")
			.contains("error: unknown command '****9f3e'");
		String apiId = fixture.adminApiId();
		assertThat(keyLikeRuns(result.out())).as("only the session's api id, shown in full by whoami and expiration")
			.containsOnly(apiId);
		assertThat(result.out()).contains("\"api_id\" : \"" + apiId + "\"");
	}

	@Test
	void aSecretChosenAsTheProfileIsMasked() {
		Vcshell.Result chosen = this.vcshell.run("--profile", SECRET, "whoami");
		Vcshell.Result prefixed = this.vcshell.run("--profile", PREFIXED, "profile", "show");

		assertThat(chosen.exitCode()).isEqualTo(3);
		assertThat(chosen.err().lines()).last()
			.isEqualTo("error: invalid profile name '****9f3e' (chosen by --profile): it looks like an API key "
					+ "or secret (32 or more hex characters, or a vera01 prefix)");
		assertThat(prefixed.exitCode()).isEqualTo(3);
		assertNoSecret(chosen);
		assertNoSecret(prefixed);
	}

	@Test
	void theErrorListingTheProfilesMasksThem() {
		Vcshell.Result result = this.vcshell.run("whoami");

		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(result.err()).contains("profiles: demo, demo-readonly, ****9f3e, ****7a1b");
		assertNoSecret(result);
	}

	private static void assertNoSecret(Vcshell.Result result) {
		for (String stream : List.of(result.out(), result.err())) {
			assertThat(stream).doesNotContain(SECRET.substring(100))
				.doesNotContain(PREFIXED.substring(100))
				.doesNotContainIgnoringCase("vera01es")
				.doesNotContain(FOLDER);
		}
		assertThat(keyLikeRuns(result.err())).as("nothing key-like on stderr").isEmpty();
	}

	private static List<String> keyLikeRuns(String text) {
		Matcher matcher = KEY_LIKE.matcher(text);
		return matcher.results().map((match) -> match.group()).distinct().toList();
	}

}
