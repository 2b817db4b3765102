package com.vcshell.cli;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.identity.IdentityClientSettings;
import com.vcshell.identity.RestIdentityClient;
import com.vcshell.identity.UserType;
import com.vcshell.output.Streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code --demo}: the shell gets a temporary credentials file on a live emulator;
 * {@code --emulator}: what it says on stderr.
 */
class EmulatorLauncherTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final Streams streams = Streams.of(this.out, this.err);

	@Test
	void demoHandsTheShellADemoProfileOnALiveEmulatorAndCleansUp() throws IOException {
		AtomicReference<StartupOptions> seen = new AtomicReference<>();
		AtomicReference<String> content = new AtomicReference<>();
		AtomicReference<String> mode = new AtomicReference<>();

		int exit = EmulatorLauncher.demo(StartupOptions.parse("--demo"), this.streams, (options) -> {
			seen.set(options);
			try {
				content.set(Files.readString(options.credentialsFile()));
				mode.set(PosixFilePermissions.toString(Files.getPosixFilePermissions(options.credentialsFile())));
				connect(baseUrl(content.get()));
			}
			catch (IOException ex) {
				throw new AssertionError(ex);
			}
			return 42;
		});

		assertThat(exit).isEqualTo(42);
		assertThat(seen.get().profile()).isEqualTo("demo");
		assertThat(seen.get().demo()).isTrue();
		assertThat(content.get()).contains("[demo]", "[demo-readonly]", "api_base_url = http://127.0.0.1:");
		assertThat(mode.get()).isEqualTo("rw-------");
		Path file = seen.get().credentialsFile();
		assertThat(file).doesNotExist();
		assertThat(file.getParent()).doesNotExist();
		assertThatThrownBy(() -> connect(baseUrl(content.get()))).isInstanceOf(ConnectException.class);
		assertThat(this.err.toString()).contains("demo: Identity API emulator at http://127.0.0.1:");
	}

	@Test
	void demoKeepsAnExplicitProfile() {
		AtomicReference<String> profile = new AtomicReference<>();

		EmulatorLauncher.demo(StartupOptions.parse("--demo", "--profile", "demo-readonly"), this.streams, (options) -> {
			profile.set(options.profile());
			return 0;
		});

		assertThat(profile.get()).isEqualTo("demo-readonly");
	}

	@Test
	void demoWithATenantSizeSeedsThatManyApiServiceAccounts() {
		AtomicReference<Integer> accounts = new AtomicReference<>();

		EmulatorLauncher.demo(StartupOptions.parse("--demo", "--tenant-size", "120"), this.streams, (options) -> {
			String text;
			try {
				text = Files.readString(options.credentialsFile());
			}
			catch (IOException ex) {
				throw new AssertionError(ex);
			}
			ApiCredentials demo = ApiCredentials.of(value(text, "veracode_api_key_id"),
					value(text, "veracode_api_key_secret"));
			accounts.set(RestIdentityClient.create(baseUrl(text), () -> demo, IdentityClientSettings.defaults(Map.of()))
				.allUsers(UserType.API)
				.size());
			return 0;
		});

		assertThat(accounts.get()).isEqualTo(120);
	}

	@Test
	void emulatorNamesItsCredentialsFileWithItsControlCharactersAsEscapes(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("a\u001B]0;title\u0007\nerror: forged");
		PipedInputStream errRead = new PipedInputStream();
		Streams piped = Streams.of(this.out, new PipedOutputStream(errRead));
		AtomicInteger exit = new AtomicInteger(-1);
		Thread server = new Thread(() -> exit.set(EmulatorLauncher
			.serve(StartupOptions.parse("--emulator", "--port", "0", "--credentials-out", file.toString()), piped)));
		server.start();

		List<String> lines = new ArrayList<>();
		BufferedReader err = new BufferedReader(new InputStreamReader(errRead, StandardCharsets.UTF_8));
		for (String line = err.readLine(); !"Ctrl-C stops it".equals(line); line = err.readLine()) {
			assertThat(line).as("stderr ended before the last line: " + lines).isNotNull();
			lines.add(line);
		}
		server.interrupt(); // as the shutdown hook ends the wait on Ctrl-C
		server.join();

		assertThat(exit).hasValue(0);
		assertThat(file).isRegularFile();
		assertThat(lines).hasSize(2)
			.element(1)
			.isEqualTo("credentials file " + dir
					+ "/a\\u001B]0;title\\u0007\\nerror: forged: profiles demo and demo-readonly");
	}

	/** The first value of a key: the {@code demo} profile's, which comes first. */
	private static String value(String credentials, String key) {
		String line = credentials.lines().filter((l) -> l.startsWith(key)).findFirst().orElseThrow();
		return line.substring(line.indexOf('=') + 1).strip();
	}

	private static URI baseUrl(String credentials) {
		String line = credentials.lines().filter((l) -> l.startsWith("api_base_url")).findFirst().orElseThrow();
		return URI.create(line.substring(line.indexOf('=') + 1).strip());
	}

	private static void connect(URI uri) throws IOException {
		try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
			assertThat(socket.isConnected()).isTrue();
		}
	}

}
