package com.vcshell.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.identity.IdentityClientSettings;
import com.vcshell.identity.RestIdentityClient;
import com.vcshell.identity.UserType;
import com.vcshell.output.Streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --demo}: the shell gets a temporary credentials file on a live emulator. */
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
