package com.vcshell.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator turns on {@code TCP_NODELAY} for the JDK's HTTP server before that server
 * reads its configuration. Checked in a fresh JVM, where the emulator creates the first
 * server (in this one, another test may have created one first), by reading back the
 * setting the JDK's server actually uses.
 */
class EmulatorNoDelayTests {

	@Test
	void theJdkServerOfAFreshJvmUsesTcpNoDelay() throws Exception {
		assertThat(probe()).isEqualTo("nodelay=true");
	}

	@Test
	void anExplicitSettingIsLeftAsItIs() throws Exception {
		assertThat(probe("-D" + IdentityEmulator.NODELAY + "=false")).isEqualTo("nodelay=false");
	}

	private static String probe(String... options) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("--add-opens=jdk.httpserver/sun.net.httpserver=ALL-UNNAMED");
		command.addAll(List.of(options));
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), NoDelayProbe.class.getName()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the probe JVM finished").isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

}
