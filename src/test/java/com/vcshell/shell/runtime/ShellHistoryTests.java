package com.vcshell.shell.runtime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.profile.UserEnvironment;
import com.vcshell.vault.VcshellHome;

import static org.assertj.core.api.Assertions.assertThat;

class ShellHistoryTests {

	private static final String HEX_32 = "0123456789abcdef0123456789ABCDEF";

	@TempDir
	Path temp;

	private final List<Terminal> terminals = new ArrayList<>();

	@AfterEach
	void closeTerminals() throws IOException {
		for (Terminal terminal : this.terminals) {
			terminal.close();
		}
	}

	@Test
	void keepsOrdinaryLinesButNeverSecretLikeOnesInMemoryOrFile() throws IOException {
		// given
		ShellHistory history = interactiveHistory(this.temp.resolve("home"));
		// when
		history.add(Instant.now(), "profile list");
		history.add(Instant.now(), "users search " + HEX_32);
		history.add(Instant.now(), "profile add ci VERA01EI-abc");
		history.add(Instant.now(), "note xvera01x");
		history.add(Instant.now(), "whoami");
		history.add(Instant.now(), "revoke id " + HEX_32 + "ff");
		history.save();
		// then
		assertThat(lines(history)).containsExactly("profile list", "whoami");
		String file = Files.readString(history.file(), StandardCharsets.UTF_8);
		assertThat(file).contains("profile list", "whoami")
			.doesNotContainIgnoringCase(HEX_32)
			.doesNotContainIgnoringCase("vera01");
	}

	@Test
	void aHexRunShorterThan32IsKept() {
		assertThat(ShellHistory.isSecretLike("users show " + HEX_32.substring(1))).isFalse();
		assertThat(ShellHistory.isSecretLike("users show 3f2a9c1d-8e7b-6a5f-4e3d-2c1b0a9f8e7d")).isFalse();
		assertThat(ShellHistory.isSecretLike("x" + HEX_32 + "x")).isTrue();
		assertThat(ShellHistory.isSecretLike("Vera01")).isTrue();
	}

	@Test
	void linesAreKeptAcrossSessions() throws IOException {
		// given
		Path home = this.temp.resolve("home");
		ShellHistory first = interactiveHistory(home);
		first.add(Instant.now(), "profile use prod");
		first.save();
		// when
		ShellHistory second = interactiveHistory(home);
		// then
		assertThat(lines(second)).containsExactly("profile use prod");
	}

	@Test
	void fileIs0600InA0700Folder() throws IOException {
		ShellHistory history = interactiveHistory(this.temp.resolve("fresh"));
		history.add(Instant.now(), "whoami");
		history.save();

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(history.file()))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(history.file().getParent())))
			.isEqualTo("rwx------");
	}

	@Test
	void anOlderFileLosesItsSecretLinesAndBecomesPrivate() throws IOException {
		// given
		Path home = this.temp.resolve("old");
		Files.createDirectories(home);
		Path file = home.resolve("history");
		Files.writeString(file, "1700000000000:whoami\n1700000000001:profile add x vera01ei-" + HEX_32 + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		// when
		ShellHistory history = interactiveHistory(home);
		// then
		assertThat(lines(history)).containsExactly("whoami");
		assertThat(Files.readString(file)).doesNotContain("vera01");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void memoryAndFileAreBounded() throws IOException {
		// given
		ShellHistory history = interactiveHistory(this.temp.resolve("big"));
		// when
		for (int i = 1; i <= ShellHistory.MAX_LINES + 300; i++) {
			history.add(Instant.now(), "users show user" + i);
		}
		history.save();
		// then
		assertThat(history.size()).isLessThanOrEqualTo(ShellHistory.MAX_LINES);
		List<String> file = Files.readAllLines(history.file());
		assertThat(file).hasSizeLessThanOrEqualTo(ShellHistory.MAX_LINES);
		assertThat(file.get(file.size() - 1)).endsWith("users show user1300");
		assertThat(String.join("\n", file)).doesNotContain("users show user1\n");
		assertThat(lines(interactiveHistory(this.temp.resolve("big")))).contains("users show user1300")
			.doesNotContain("users show user1");
	}

	@Test
	void vcshellHomeMovesTheFile() {
		Path custom = this.temp.resolve("custom");
		Path home = this.temp.resolve("home");

		ShellHistory moved = historyIn(
				new UserEnvironment(Map.of("VCSHELL_HOME", custom.toString(), "HOME", home.toString()), this.temp));
		ShellHistory standard = historyIn(new UserEnvironment(Map.of("HOME", home.toString()), this.temp));

		assertThat(moved.file()).isEqualTo(custom.resolve("history"));
		assertThat(standard.file()).isEqualTo(home.resolve(".vcshell").resolve("history"));
	}

	@Test
	void withoutTheInteractiveShellNothingIsWritten() throws IOException {
		// given: scripts and one-shot commands never call persist
		Path home = this.temp.resolve("script");
		ShellHistory history = historyIn(new UserEnvironment(Map.of("VCSHELL_HOME", home.toString()), home));
		history.attach(reader(history));
		// when
		history.add(Instant.now(), "whoami");
		history.save();
		// then
		assertThat(home).doesNotExist();
	}

	private static ShellHistory historyIn(UserEnvironment environment) {
		return new ShellHistory(new VcshellHome(environment.vcshellHome()));
	}

	private ShellHistory interactiveHistory(Path vcshellHome) throws IOException {
		ShellHistory history = historyIn(
				new UserEnvironment(Map.of("VCSHELL_HOME", vcshellHome.toString()), this.temp));
		LineReader reader = reader(history);
		history.attach(reader); // as Spring Shell's auto-configuration does
		history.persist(reader);
		return history;
	}

	private LineReader reader(History history) throws IOException {
		Terminal terminal = TerminalBuilder.builder()
			.dumb(true)
			.streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())
			.build();
		this.terminals.add(terminal);
		return LineReaderBuilder.builder().terminal(terminal).history(history).build();
	}

	private static List<String> lines(History history) {
		List<String> lines = new ArrayList<>();
		history.forEach(entry -> lines.add(entry.line()));
		return lines;
	}

}
