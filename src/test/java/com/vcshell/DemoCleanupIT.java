package com.vcshell;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --demo} removes its temporary credentials file and folder when it is stopped
 * with SIGTERM, as it does on {@code exit} ({@code InteractiveShellIT}): the launcher
 * runs it in another JVM reading commands from a pipe kept open, and is terminated
 * mid-session.
 */
class DemoCleanupIT {

	@TempDir
	Path home;

	@Test
	void sigtermRemovesTheDemosTemporaryFiles() throws Exception {
		JarProcess.warmUp();
		ProcessBuilder builder = new ProcessBuilder(JarProcess.launcher().toString(), "--demo");
		builder.environment().put("HOME", this.home.toString());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.redirectError(ProcessBuilder.Redirect.DISCARD);
		Process demo = builder.start();
		try {
			OutputStream stdin = demo.getOutputStream();
			stdin.write("profile show\n".getBytes(StandardCharsets.UTF_8));
			stdin.flush();
			Path credentials = sourceOf(
					new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8)));
			assertThat(credentials).exists();

			// SIGTERM alone; the launcher exec'd the JVM, so the JVM gets it.
			// Process.destroy() also closes stdin: the shell may then end its
			// script at EOF and exit 0 before the signal's exit
			demo.toHandle().destroy();

			assertThat(demo.waitFor(60, TimeUnit.SECONDS)).as("vcshell stopped").isTrue();
			assertThat(demo.exitValue()).isEqualTo(143);
			assertThat(credentials).doesNotExist();
			assertThat(credentials.getParent()).as("the demo's temporary folder").doesNotExist();
		}
		finally {
			demo.destroyForcibly();
		}
	}

	/** The credentials file {@code profile show} names on its {@code source} line. */
	private static Path sourceOf(BufferedReader out) throws Exception {
		for (String line = out.readLine(); line != null; line = out.readLine()) {
			if (line.startsWith("source ")) {
				Path file = Path.of(line.substring("source".length()).strip());
				assertThat(Files.isRegularFile(file)).isTrue();
				return file;
			}
		}
		throw new AssertionError("profile show printed no source line");
	}

}
