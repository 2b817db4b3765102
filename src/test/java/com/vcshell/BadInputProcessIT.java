package com.vcshell;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 §4 in the packaged application, started by the launcher as a user starts it: a
 * bad script path, a script that is not UTF-8, contradictory startup options and a
 * credentials file that would block or never end are each one {@code error:} line with
 * the exit code of design §5, and the process ends by itself (a run still alive after
 * {@value #LIMIT_SECONDS} s is killed and fails the test).
 */
class BadInputProcessIT {

	/** Far longer than any of these runs takes; a hang would never end. */
	private static final int LIMIT_SECONDS = 90;

	@TempDir
	Path dir;

	private Path home;

	@BeforeAll
	static void warmUp() throws Exception {
		JarProcess.warmUp();
	}

	@BeforeEach
	void emptyHome() throws IOException {
		this.home = Files.createDirectories(this.dir.resolve("home"));
	}

	@Test
	void aFolderAsTheScriptIsOneLineAndExitTwo() throws Exception {
		Run run = run("--script", "/tmp");

		assertThat(run.code()).as(run.err()).isEqualTo(2);
		assertThat(run.err().lines()).singleElement().asString().startsWith("error: cannot read script file /tmp: ");
	}

	@Test
	void anEmptyScriptPathIsOneLineAndExitTwo() throws Exception {
		Run run = run("--script", "");

		assertThat(run.code()).as(run.err()).isEqualTo(2);
		assertThat(run.err().lines()).containsExactly("error: startup option --script needs a value, not an empty one");
	}

	@Test
	void aScriptThatIsNotUtf8IsOneLineNamingItAndExitTwo() throws Exception {
		Path latin1 = Files.write(this.dir.resolve("latin1.vcsh"),
				"# r\u00e9sum\u00e9\nhelp\n".getBytes(StandardCharsets.ISO_8859_1));

		Run run = run("--script", latin1.toString());

		assertThat(run.code()).as(run.err()).isEqualTo(2);
		assertThat(run.err().lines()).containsExactly("error: script file " + latin1 + " is not UTF-8 text");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void aFileThatFailsWhenReadIsOneLineNamingItAndExitTwo() throws Exception {
		Run run = run("--script", "/proc/self/mem");

		assertThat(run.code()).as(run.err()).isEqualTo(2);
		assertThat(run.err().lines()).singleElement()
			.asString()
			.startsWith("error: cannot read script file /proc/self/mem: ");
	}

	@Test
	void demoAndEmulatorTogetherIsAUsageErrorNotAServerThatNeverStops() throws Exception {
		Run run = run("--demo", "--emulator");

		assertThat(run.code()).as(run.err()).isEqualTo(2);
		assertThat(run.err().lines()).containsExactly(
				"error: --emulator runs only the emulator, without a shell: it cannot be combined with --demo");
	}

	@Test
	void aFifoAsTheCredentialsFileIsOneLineAndExitThreeWithoutBlocking() throws Exception {
		Path fifo = this.dir.resolve("credentials");
		assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

		Run run = run("--credentials-file", fifo.toString(), "whoami");

		assertThat(run.code()).as(run.err()).isEqualTo(3);
		assertThat(run.err().lines())
			.containsExactly("error: cannot read " + fifo + ": it is not a regular file but a named pipe (FIFO)");
	}

	@Test
	void aLinkToDevZeroAsTheCredentialsFileIsOneLineAndExitThreeWithoutReadingIt() throws Exception {
		Path link = Files.createSymbolicLink(this.dir.resolve("credentials"), Path.of("/dev/zero"));

		Run run = run("--credentials-file", link.toString(), "profile", "list");

		assertThat(run.code()).as(run.err()).isEqualTo(3);
		assertThat(run.err().lines())
			.containsExactly("error: cannot read " + link + ": it is not a regular file but a character device");
	}

	/**
	 * {@code ./vcshell args} with only HOME and PATH, nothing on standard input, its
	 * output in files (no pipe to drain); killed after {@value #LIMIT_SECONDS} s.
	 */
	private Run run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(JarProcess.launcher().toString());
		command.addAll(List.of(args));
		Path out = Files.createTempFile(this.dir, "out", ".txt");
		Path err = Files.createTempFile(this.dir, "err", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command)
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
			.redirectOutput(out.toFile())
			.redirectError(err.toFile());
		builder.environment().keySet().removeIf((name) -> !name.equals("PATH"));
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().put("HOME", this.home.toString());
		Process process = builder.start();
		boolean ended = process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS);
		if (!ended) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly().waitFor();
		}
		assertThat(ended).as("%s ended by itself within %d s", String.join(" ", args), LIMIT_SECONDS).isTrue();
		return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	private record Run(int code, String out, String err) {
	}

}
