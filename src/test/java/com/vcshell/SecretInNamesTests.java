package com.vcshell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.emulator.IdentityEmulator;

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

	private static IdentityEmulator emulator;

	@TempDir
	static Path dir;

	private Path credentials;

	private Vcshell vcshell;

	@BeforeAll
	static void startEmulator() {
		emulator = IdentityEmulator.start(0);
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void aFileWithSecretsForNames() throws Exception {
		Path home = Files.createTempDirectory(dir, "home");
		this.credentials = Files.createDirectories(home.resolve(FOLDER)).resolve("credentials");
		emulator.writeCredentialsFile(this.credentials);
		String demo = Files.readString(this.credentials);
		String pair = demo.substring(demo.indexOf("[demo]") + "[demo]".length(), demo.indexOf("api_base_url"));
		Files.writeString(this.credentials, demo + "\n[" + SECRET + "]" + pair + "\n[" + PREFIXED + "]" + pair);
		Files.setPosixFilePermissions(this.credentials, PosixFilePermissions.fromString("rw-r--r--"));
		this.vcshell = Vcshell.withEnv(Map.of("HOME", home.toString()));
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

		Vcshell.Result result = run("--profile", "demo", "--continue-on-error", "--script", script.toString());

		assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
		assertNoSecret(result);
		assertThat(result.err()).contains("warning: ")
			.contains("error: invalid profile name '****9f3e' (chosen by profile use)")
			.contains("error: no user named '****9f3e'")
			.contains("error: unknown command '****9f3e'");
		String apiId = emulator.currentApiId(emulator.admin().userId()).orElseThrow();
		assertThat(keyLikeRuns(result.out())).as("only the session's api id, shown in full by whoami and expiration")
			.containsOnly(apiId);
		assertThat(result.out()).contains("\"api_id\" : \"" + apiId + "\"");
	}

	@Test
	void aSecretChosenAsTheProfileIsMasked() {
		Vcshell.Result chosen = run("--profile", SECRET, "whoami");
		Vcshell.Result prefixed = run("--profile", PREFIXED, "profile", "show");

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
		Vcshell.Result result = run("whoami");

		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(result.err()).contains("profiles: demo, demo-readonly, ****9f3e, ****7a1b");
		assertNoSecret(result);
	}

	private Vcshell.Result run(String... args) {
		String[] all = new String[args.length + 2];
		all[0] = "--credentials-file";
		all[1] = this.credentials.toString();
		System.arraycopy(args, 0, all, 2, args.length);
		return this.vcshell.run(all);
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
