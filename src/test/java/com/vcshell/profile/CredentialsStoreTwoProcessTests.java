package com.vcshell.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.vault.AtomicFileWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** Two JVMs writing the same credentials file at once lose nothing. */
class CredentialsStoreTwoProcessTests {

	@TempDir
	Path folder;

	@Test
	void twoProcessesEachAdding50ProfilesKeepAll100() throws Exception {
		// given
		Path file = this.folder.resolve("credentials");
		Files.writeString(file, "# shared by two processes\n" + TestKeys.section("default"));
		// when
		Process first = start(file, "a");
		Process second = start(file, "b");
		assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
		// then
		assertThat(first.exitValue()).as(output(first)).isZero();
		assertThat(second.exitValue()).as(output(second)).isZero();
		List<String> names = new CredentialsStore(file, new AtomicFileWriter()).profileNames();
		assertThat(names).hasSize(101).contains("default", "a0", "a49", "b0", "b49");
		assertThat(Files.readString(file)).startsWith("# shared by two processes\n" + TestKeys.section("default"));
		try (var left = Files.list(this.folder)) {
			assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("credentials",
					"credentials.lock");
		}
	}

	private static Process start(Path file, String prefix) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(ConcurrentWriterMain.class.getName());
		command.add(file.toString());
		command.add(prefix);
		command.add("50");
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	private static String output(Process process) {
		try {
			return new String(process.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

}
