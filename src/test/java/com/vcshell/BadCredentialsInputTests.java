package com.vcshell;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-shot runs on hostile credentials input, end to end through the application and its
 * one error path: each input class exits 3 with exactly one {@code error:} line on stderr
 * that names the file (and line and profile where there is one), holds no control
 * character and never the secret. None of them reaches the network.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BadCredentialsInputTests {

	private static final String ID = "3ddaeeb10ca690df3fee5e3bd1c329fa";

	private static final String SECRET = "0123456789abcdef".repeat(8);

	@TempDir
	Path home;

	private Path file;

	private final Map<String, String> env = new HashMap<>();

	@BeforeEach
	void setUp() {
		this.file = this.home.resolve("credentials");
		this.env.put("HOME", this.home.toString());
	}

	private void write(String text) throws IOException {
		Files.writeString(this.file, text);
		Files.setPosixFilePermissions(this.file, PosixFilePermissions.fromString("rw-------"));
	}

	private static String section(String name, String id, String secret, String extra) {
		return "[" + name + "]\nveracode_api_key_id = " + id + "\nveracode_api_key_secret = " + secret + "\n" + extra;
	}

	private String failsWithOneCleanLine(String... args) {
		List<String> all = new ArrayList<>(List.of("--credentials-file", this.file.toString()));
		all.addAll(List.of(args));
		Vcshell.Result result = Vcshell.withEnv(this.env).run(all.toArray(String[]::new));
		assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
		assertThat(result.err().lines()).hasSize(1);
		String line = result.err().strip();
		assertThat(line).startsWith("error: ").doesNotContain(SECRET.substring(0, 12)).hasSizeLessThan(600);
		assertThat(line.codePoints()).allSatisfy(
				(c) -> assertThat(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT).as("U+%04X", c)
					.isFalse());
		return line;
	}

	@Test
	void aSecretWithANonAsciiDigitOrAFullwidthLetter() throws IOException {
		write(section("default", ID, "01\u06623", ""));
		assertThat(failsWithOneCleanLine("whoami"))
			.startsWith("error: " + this.file + " line 3 (profile [default]): the API key secret must be");
		write(section("default", "\uFF13" + ID.substring(1), SECRET, ""));
		assertThat(failsWithOneCleanLine("whoami"))
			.startsWith("error: " + this.file + " line 2 (profile [default]): the API key id must be");
	}

	@Test
	void theSamePairInTheEnvironment() throws IOException {
		write("");
		this.env.put("VERACODE_API_KEY_ID", ID);
		this.env.put("VERACODE_API_KEY_SECRET", "01\u06623");
		assertThat(failsWithOneCleanLine("whoami")).startsWith(
				"error: invalid credentials in VERACODE_API_KEY_ID/VERACODE_API_KEY_SECRET: the API key secret");
	}

	@Test
	void aBadPortOrAHugeHostInTheFileOrTheEnvironment() throws IOException {
		write(section("default", ID, SECRET, "api_base_url = http://127.0.0.1:99999\n"));
		assertThat(failsWithOneCleanLine("whoami")).isEqualTo("error: " + this.file
				+ " line 4 (profile [default]): api_base_url 'http://127.0.0.1:99999' has port 99999; a port is 1 to 65535");
		write(section("default", ID, SECRET, "api_base_url = https://" + "h".repeat(70_000) + ".com\n"));
		assertThat(failsWithOneCleanLine("whoami"))
			.endsWith("has a host name of 70004 characters; at most 253 are allowed");
		write(section("default", ID, SECRET, ""));
		this.env.put("VCSHELL_API_BASE_URL", "http://127.0.0.1:99999");
		assertThat(failsWithOneCleanLine("whoami"))
			.startsWith("error: VCSHELL_API_BASE_URL: api_base_url 'http://127.0.0.1:99999' has port 99999");
	}

	@Test
	void aFifoADeviceAFolderAHugeFileAndBadUtf8() throws Exception {
		Path fifo = this.home.resolve("fifo");
		assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
		Files.createSymbolicLink(this.file, fifo);
		assertThat(failsWithOneCleanLine("whoami")).endsWith(": it is not a regular file but a named pipe (FIFO)");
		assertThat(failsWithOneCleanLine("profile", "list")).endsWith("a named pipe (FIFO)");
		this.env.put("VERACODE_API_KEY_ID", ID);
		this.env.put("VERACODE_API_KEY_SECRET", SECRET);
		assertThat(failsWithOneCleanLine("profile", "add", "x", "--from-env")).endsWith("a named pipe (FIFO)");
		Files.delete(this.file);
		Files.createSymbolicLink(this.file, Path.of("/dev/zero"));
		assertThat(failsWithOneCleanLine("profile", "list")).endsWith("a character device");
		Files.delete(this.file);
		Files.createDirectory(this.file);
		assertThat(failsWithOneCleanLine("profile", "list"))
			.isEqualTo("error: cannot read " + this.file + ": it is a directory");
		Files.delete(this.file);
		try (RandomAccessFile big = new RandomAccessFile(this.file.toFile(), "rw")) {
			big.setLength(2L * 1024 * 1024);
		}
		assertThat(failsWithOneCleanLine("profile", "list")).contains("larger than 1 MiB");
		Files.write(this.file, "[default]\n# caf\u00e9 \u00ff".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(failsWithOneCleanLine("profile", "list"))
			.isEqualTo("error: " + this.file + " line 2: not valid UTF-8 (byte offset 15); save the file as UTF-8");
	}

	@Test
	void controlCharactersInAProfileNameAreShownEscaped() throws IOException {
		write(section("default", ID, SECRET, ""));
		assertThat(failsWithOneCleanLine("--profile", "x\u001B[2J\ry", "whoami")).isEqualTo(
				"error: invalid profile name 'x\\u001B[2J\\ry' (chosen by --profile): it holds a control character (U+001B)");
		assertThat(failsWithOneCleanLine("profile", "use", "a\u202Eb"))
			.startsWith("error: invalid profile name 'a\\u202Eb' (chosen by profile use)");
	}

	@Test
	void aSectionNamedLikeASecretIsNeverPrinted() throws IOException {
		write(section(SECRET, ID, SECRET, ""));
		assertThat(failsWithOneCleanLine("whoami")).contains("has no [default] profile; profiles: ****cdef");
		Vcshell.Result list = Vcshell.withEnv(this.env)
			.run("--credentials-file", this.file.toString(), "profile", "list");
		assertThat(list.out() + list.err()).contains("****cdef").doesNotContain(SECRET.substring(0, 12));
	}

}
