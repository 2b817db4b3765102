package com.vcshell.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.VcshellApplication;
import com.vcshell.output.Streams;
import com.vcshell.profile.UserEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile commands end to end: one-shot vcshell on a real credentials file. */
class ProfileCommandsIT {

	private static final String ID = "3ddaeeb10ca690df3fee5e3bd1c329fa";

	private static final String SECRET = "0123456789abcdef0123456789abcdef";

	private static final String EU_ID = "vera01ei-684a28d91070e4ce68b2131e43c2d79b";

	private static final String EU_SECRET = "vera01es-38611f3f651c90091e0cd5389e8a836f";

	@TempDir
	Path home;

	private Path file;

	private final Map<String, String> env = new HashMap<>();

	private String out;

	private String err;

	@BeforeEach
	void setUp() {
		this.file = this.home.resolve(".veracode/credentials");
		this.env.put("HOME", this.home.toString());
	}

	private int run(String... args) {
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		int code = VcshellApplication.run(args, new UserEnvironment(this.env, this.home), Streams.of(stdout, stderr));
		this.out = stdout.toString(Charset.defaultCharset());
		this.err = stderr.toString(Charset.defaultCharset());
		return code;
	}

	private void write(String text) throws IOException {
		Files.createDirectories(this.file.getParent());
		Files.writeString(this.file, text);
		Files.setPosixFilePermissions(this.file, PosixFilePermissions.fromString("rw-------"));
	}

	@Test
	void listsProfilesMaskedWithTheActiveMarker() throws IOException {
		write("\uFEFF# mine\r\n[default]\r\nveracode_api_key_id = " + ID + "\r\nveracode_api_key_secret = " + SECRET
				+ "\r\n[eu]\r\nVERACODE_API_KEY_ID=" + EU_ID + "\r\nveracode_api_key_secret=" + EU_SECRET
				+ "\r\n[broken]\r\nveracode_api_key_id = 12\r\n");
		assertThat(run("profile", "list")).as(this.err).isZero();
		assertThat(this.out).containsPattern("\\*\\s+default\\s+\\*\\*\\*\\*29fa\\s+global\\s+https://api.veracode.com")
			.containsPattern("\\s+eu\\s+\\*\\*\\*\\*d79b\\s+eu\\s+https://api.veracode.eu")
			.contains("[broken] " + this.file + " line 8 (profile [broken]): missing veracode_api_key_secret")
			.doesNotContain(SECRET)
			.doesNotContain("38611f3f");
		assertThat(run("--profile", "eu", "profile", "show", "--json")).isZero();
		assertThat(this.out).contains("\"profile\" : \"eu\"", "\"region\" : \"eu\"", "\"api_key_id\" : \"****d79b\"");
	}

	@Test
	void aMalformedFileIsExitCode3WithFileAndLine() throws IOException {
		write("[default]\nthis is not ini\n");
		assertThat(run("profile", "list")).isEqualTo(3);
		assertThat(this.err).isEqualTo("error: " + this.file
				+ " line 2: expected [profile], key = value, or a # comment" + System.lineSeparator());
		assertThat(run("profile", "use", "nope")).isEqualTo(3);
	}

	@Test
	void noCredentialsSaysWhereItLookedAndHowToStart() {
		assertThat(run("profile", "show")).isEqualTo(3);
		assertThat(this.err).startsWith("error: no credentials found").contains(this.file.toString(), "--demo");
	}

	@Test
	void addFromEnvironmentThenRemoveWithYes() throws IOException {
		write("# keep\n[default]\nveracode_api_key_id = " + ID + "\nveracode_api_key_secret = " + SECRET + "\n");
		this.env.put("VERACODE_API_KEY_ID", EU_ID);
		this.env.put("VERACODE_API_KEY_SECRET", EU_SECRET);
		assertThat(run("profile", "add", "ci", "--from-env")).as(this.err).isZero();
		assertThat(this.out).contains("saved profile [ci]");
		assertThat(Files.readString(this.file)).startsWith("# keep\n[default]\n")
			.contains("[ci]\nveracode_api_key_id = " + EU_ID);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.file))).isEqualTo("rw-------");
		assertThat(run("profile", "remove", "ci")).isEqualTo(2);
		assertThat(this.err).contains("without --yes");
		assertThat(run("profile", "remove", "ci", "--yes")).as(this.err).isZero();
		assertThat(Files.readString(this.file)).isEqualTo(
				"# keep\n[default]\nveracode_api_key_id = " + ID + "\nveracode_api_key_secret = " + SECRET + "\n");
	}

	@Test
	void addWithoutATerminalPointsToFromEnv() {
		assertThat(run("profile", "add", "x")).isEqualTo(2);
		assertThat(this.err).contains("--from-env");
	}

}
