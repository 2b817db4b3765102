package com.vcshell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.profile.ProfileException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar in its own JVM: {@code --debug} shows the stack trace of a failure,
 * and no command boots Hibernate Validator (Spring Shell 4.0.1 would, for every omitted
 * primitive option).
 */
class StartupIT {

	private static final String CREDENTIALS = "[demo]\nveracode_api_key_id = 3ddaeeb10ca690df3fee5e3bd1c329fa\n"
			+ "veracode_api_key_secret = " + "0123456789abcdef".repeat(8) + "\napi_base_url = http://127.0.0.1:9\n";

	@TempDir
	Path home;

	@Test
	void debugShowsTheStackTraceThenTheOneLine() throws Exception {
		Path credentials = Files.writeString(this.home.resolve("credentials"), CREDENTIALS);

		Vcshell.Result debug = JarProcess.run(env(), null, "--debug", "--credentials-file", credentials.toString(),
				"profile", "use", "nosuch");
		Vcshell.Result plain = JarProcess.run(env(), null, "--credentials-file", credentials.toString(), "profile",
				"use", "nosuch");

		assertThat(debug.exitCode()).isEqualTo(3);
		assertThat(debug.err()).contains(ProfileException.class.getName()).contains("\tat com.vcshell.");
		List<String> lines = debug.err().lines().toList();
		assertThat(lines.get(lines.size() - 1)).startsWith("error: no profile [nosuch]");
		assertThat(plain.exitCode()).isEqualTo(3);
		assertThat(plain.err().lines()).singleElement().isEqualTo(lines.get(lines.size() - 1));
	}

	@Test
	void hibernateValidatorNeverLoads() throws Exception {
		Path credentials = Files.writeString(this.home.resolve("credentials"), CREDENTIALS);

		// whoami --dry-run omits its primitive --json option, and help lists every
		// command
		Vcshell.Result whoami = JarProcess.runWithJvmOptions(List.of("-verbose:class"), env(), null,
				"--credentials-file", credentials.toString(), "--profile", "demo", "whoami", "--dry-run");
		Vcshell.Result help = JarProcess.runWithJvmOptions(List.of("-verbose:class"), env(), null, "help");

		assertThat(whoami.exitCode()).as(whoami.err()).isZero();
		assertThat(help.exitCode()).as(help.err()).isZero();
		for (Vcshell.Result result : List.of(whoami, help)) {
			assertThat(result.out()).as("-verbose:class lists the classes loaded")
				.contains("com.vcshell.shell.runtime.CommandRunner");
			assertThat(result.out()).doesNotContain("org.hibernate.validator");
		}
		assertThat(whoami.out()).as("Spring Shell's validator came from vcshell's provider")
			.contains("com.vcshell.shell.runtime.NoConstraintsValidation");
	}

	private Map<String, String> env() {
		return Map.of("HOME", this.home.toString());
	}

}
