package com.vcshell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Script mode end to end with the shell's own commands (the Identity API has its own
 * tests).
 */
class ScriptModeTests {

	private final Vcshell vcshell = Vcshell.withEnv(Map.of("HOME", "/nonexistent-home"));

	@TempDir
	Path dir;

	@Test
	void echoesEachCommandSkipsCommentsAndBlankLinesAndSummarises() throws Exception {
		Path script = write("# a comment\n\nhelp\n   \n  # indented comment\nhelp help\n");

		Vcshell.Result result = this.vcshell.run("--script", script.toString());

		assertThat(result.exitCode()).isZero();
		assertThat(result.out().lines().filter(l -> l.startsWith("> "))).containsExactly("> help", "> help help");
		assertThat(result.err().lines()).containsExactly("script: 2 commands, 2 succeeded, 0 failed");
	}

	@Test
	void stopsAtTheFirstFailureWithItsExitCode() throws Exception {
		Path script = write("help\nhepl\nhelp\n");

		Vcshell.Result result = this.vcshell.run("--script", script.toString());

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.out().lines().filter(l -> l.startsWith("> "))).containsExactly("> help", "> hepl");
		assertThat(result.err().lines()).containsExactly(
				"error: unknown command 'hepl'; did you mean 'help'? (try 'help')",
				"script: 2 commands, 1 succeeded, 1 failed");
	}

	@Test
	void continueOnErrorGoesOnAndExitsWithTheFirstFailure() throws Exception {
		Path script = write("hepl\nhelp\ngenerate --bogus\nhelp\n");

		Vcshell.Result result = this.vcshell.run("--continue-on-error", "--script", script.toString());

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.out().lines().filter(l -> l.startsWith("> "))).hasSize(4);
		assertThat(result.err().lines()).last().isEqualTo("script: 4 commands, 2 succeeded, 2 failed");
	}

	@Test
	void theScriptCommandRunsAFileInsideTheSession() throws Exception {
		Path inner = write("help\nhepl\n");

		Vcshell.Result result = this.vcshell.run("script", inner.toString());

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.out()).contains("> help").contains("> hepl");
		assertThat(result.err()).contains("script: 2 commands, 1 succeeded, 1 failed");
	}

	@Test
	void aMissingScriptFileExitsTwoNamingThePath() {
		Path missing = this.dir.resolve("nope.vcsh");

		Vcshell.Result result = this.vcshell.run("--script", missing.toString());

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err().lines()).containsExactly("error: cannot read script file " + missing + ": not found");
	}

	@Test
	void aScriptThatIsNotUtf8ExitsTwoWithOneLine() throws Exception {
		Path latin1 = Files.write(this.dir.resolve("latin1.vcsh"), "# r\u00e9sum\u00e9\nhelp\n".getBytes("ISO-8859-1"));

		Vcshell.Result result = this.vcshell.run("--script", latin1.toString());

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err().lines()).containsExactly("error: script file " + latin1 + " is not UTF-8 text");
	}

	@Test
	void aFolderIsNoScriptFileInEitherMode() {
		Vcshell.Result startup = this.vcshell.run("--script", this.dir.toString());
		Vcshell.Result command = this.vcshell.run("script", this.dir.toString());

		assertThat(startup.exitCode()).isEqualTo(2);
		assertThat(startup.err().lines()).singleElement()
			.asString()
			.startsWith("error: cannot read script file " + this.dir);
		assertThat(command.exitCode()).isEqualTo(2);
		assertThat(command.err().lines()).singleElement()
			.asString()
			.startsWith("error: cannot read script file " + this.dir);
	}

	@Test
	void aFifoOrADeviceIsRefusedBeforeItIsRead() throws Exception {
		Path fifo = this.dir.resolve("fifo.vcsh");
		assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

		for (String path : List.of(fifo.toString(), "/dev/zero")) {
			Vcshell.Result startup = this.vcshell.run("--script", path);
			Vcshell.Result command = this.vcshell.run("script", path);

			assertThat(startup.exitCode()).isEqualTo(2);
			assertThat(startup.err().lines()).containsExactly(
					"error: cannot read script file " + path + ": not a regular file (a FIFO, socket or device)");
			assertThat(command).isEqualTo(startup);
		}
	}

	@Test
	void anEmptyScriptPathIsAUsageError() {
		Vcshell.Result startup = this.vcshell.run("--script", "");
		Vcshell.Result command = this.vcshell.run("script", "");

		assertThat(startup.exitCode()).isEqualTo(2);
		assertThat(startup.err().lines())
			.containsExactly("error: startup option --script needs a value, not an empty one");
		assertThat(command.exitCode()).isEqualTo(2);
		assertThat(command.err().lines()).containsExactly("error: script needs a file: script <file>");
	}

	@Test
	void aLineLongerThanAnyCommandStopsTheScriptWithOneLine() throws Exception {
		Path binary = write("help\n" + "\0".repeat(70_000) + "\nhelp\n");

		Vcshell.Result result = this.vcshell.run("--script", binary.toString());

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err().lines()).containsExactly(
				"error: script file " + binary + ": line 2 is longer than 65536 characters; is it a command file?");
		assertThat(result.out()).contains("> help");
	}

	@Test
	void lineEndsMayBeUnixWindowsOrOldMac() throws Exception {
		Path script = write("format json\r\nformat\rformat table\nformat");

		Vcshell.Result result = this.vcshell.run("--script", script.toString());

		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.out().lines().filter((line) -> line.startsWith("> "))).containsExactly("> format json",
				"> format", "> format table", "> format");
		assertThat(result.err()).contains("script: 4 commands, 4 succeeded, 0 failed");
	}

	private Path write(String content) throws Exception {
		Path file = Files.createTempFile(this.dir, "script", ".vcsh");
		Files.writeString(file, content);
		return file;
	}

}
