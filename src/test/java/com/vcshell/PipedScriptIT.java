package com.vcshell;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code vcshell < file}: stdin that is not a terminal runs as a script. */
class PipedScriptIT {

	@TempDir
	Path home;

	@Test
	void commandsPipedOnStdinRunAsAScript() throws Exception {
		Vcshell.Result result = JarProcess.run(Map.of("HOME", this.home.toString()),
				"# rotation dry run\n\nhelp\nformat json\nformat\n", "--no-color");

		assertThat(result.exitCode()).isZero();
		assertThat(result.out().lines().filter(l -> l.startsWith("> "))).containsExactly("> help", "> format json",
				"> format");
		assertThat(result.out()).contains("output format: json").doesNotContain("\u001b");
		assertThat(result.err().lines()).containsExactly("script: 3 commands, 3 succeeded, 0 failed");
	}

	@Test
	void aFailingPipedCommandStopsTheScriptWithItsExitCode() throws Exception {
		Vcshell.Result result = JarProcess.run(Map.of("HOME", this.home.toString()), "help\nformat yaml\nhelp\n");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.out().lines().filter(l -> l.startsWith("> "))).containsExactly("> help", "> format yaml");
		assertThat(result.err()).contains("script: 2 commands, 1 succeeded, 1 failed");
	}

}
