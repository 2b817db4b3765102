package com.vcshell.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.shell.core.InputReader;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.NonceGenerator;
import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.identity.IdentityClient;
import com.vcshell.identity.IdentityClientSettings;
import com.vcshell.identity.RestIdentityClient;
import com.vcshell.output.Streams;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.UserEnvironment;
import com.vcshell.cli.StartupOptions;
import com.vcshell.shell.runtime.NoTerminalInput;
import com.vcshell.shell.runtime.CommandRunner;

/**
 * A shared Spring context whose profile {@code demo} points at a fresh loopback
 * {@link IdentityEmulator} for every test; commands run through the {@link CommandRunner}
 * with a scripted terminal or none, stdout and stderr captured.
 */
@SpringBootTest(properties = { "vcshell.runner.enabled=false", "spring.shell.interactive.enabled=false" })
@Import(EmulatorShellFixture.Config.class)
abstract class EmulatorShellFixture {

	static final Path ROOT = createRoot();

	static final Path HOME = ROOT.resolve("home");

	static final Path FOLDER = ROOT.resolve("veracode");

	static final Path CREDENTIALS = FOLDER.resolve("credentials");

	static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();

	static final ByteArrayOutputStream ERR = new ByteArrayOutputStream();

	static final IdentityClientSettings SETTINGS = IdentityClientSettings.defaults(Map.of())
		.withClock(Clock.systemUTC(), NonceGenerator.secureRandom(), (duration) -> {
		});

	@Autowired
	CommandRunner runner;

	@Autowired
	ActiveProfile active;

	@Autowired
	Streams streams;

	IdentityEmulator emulator;

	@BeforeEach
	void freshTenant() throws IOException {
		deleteTree(ROOT);
		Files.createDirectories(HOME);
		this.emulator = IdentityEmulator.start(0);
		this.emulator.writeCredentialsFile(CREDENTIALS);
		this.active.use("demo");
		OUT.reset();
		ERR.reset();
	}

	@AfterEach
	void stopTenant() {
		this.emulator.close();
	}

	/** Runs a line in a script: no terminal. */
	int run(String line) {
		return run(line, NoTerminalInput.INSTANCE);
	}

	int run(String line, InputReader input) {
		int code = this.runner.run(line, this.streams.out(), this.streams.err(), input);
		this.streams.out().flush();
		this.streams.err().flush();
		return code;
	}

	String out() {
		return OUT.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return ERR.toString(StandardCharsets.UTF_8);
	}

	long requests() {
		return this.emulator.controls().requestCount();
	}

	String adminApiId() {
		return this.emulator.currentApiId(this.emulator.admin().userId()).orElseThrow();
	}

	/** A client of the emulator signing with the given pair. */
	IdentityClient clientSigningWith(ApiCredentials pair) {
		return RestIdentityClient.create(this.emulator.baseUrl(), () -> pair, SETTINGS);
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A key's value in a section of a credentials file. */
	static Optional<String> value(String text, String section, String key) {
		boolean inSection = false;
		for (String line : text.split("\r?\n")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("[")) {
				inSection = trimmed.equals("[" + section + "]");
			}
			else if (inSection && trimmed.startsWith(key) && trimmed.contains("=")) {
				return Optional.of(trimmed.substring(trimmed.indexOf('=') + 1).strip());
			}
		}
		return Optional.empty();
	}

	static ApiCredentials pairOf(String text, String section) {
		return ApiCredentials.of(value(text, section, "veracode_api_key_id").orElseThrow(),
				value(text, section, "veracode_api_key_secret").orElseThrow());
	}

	static List<Path> rescueFiles() {
		Path folder = HOME.resolve(".vcshell");
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().startsWith("rescue-")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> auditLines() {
		Path log = HOME.resolve(".vcshell").resolve("audit.log");
		return Files.exists(log) ? read(log).lines().toList() : List.of();
	}

	private static Path createRoot() {
		try {
			return Files.createTempDirectory("vcshell-rotation");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
				if (!path.equals(root)) {
					Files.delete(path);
				}
			}
		}
	}

	/**
	 * A terminal whose user gives these answers in turn, and that records the questions.
	 */
	static final class Answers implements InputReader {

		private final Deque<String> answers;

		final List<String> questions = new ArrayList<>();

		Answers(String... answers) {
			this.answers = new ArrayDeque<>(Arrays.asList(answers));
		}

		@Override
		public String readInput(String prompt) {
			this.questions.add(prompt);
			return this.answers.isEmpty() ? "" : this.answers.poll();
		}

		@Override
		public char[] readPassword(String prompt) {
			throw new AssertionError("no secret should be asked: " + prompt);
		}

	}

	@TestConfiguration
	static class Config {

		@Bean
		StartupOptions startupOptions() {
			return StartupOptions.parse("--credentials-file", CREDENTIALS.toString(), "--profile", "demo");
		}

		@Bean
		UserEnvironment userEnvironment() {
			return UserEnvironment.of(Map.of("HOME", HOME.toString()));
		}

		@Bean
		IdentityClientSettings identityClientSettings() {
			return SETTINGS;
		}

		@Bean
		Streams streams() {
			return Streams.of(OUT, ERR);
		}

	}

}
