package com.vcshell.admin.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.admin.UsageException;
import com.vcshell.auth.Masking;
import com.vcshell.profile.UserEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Real processes: commands that write what they were given to files, that fail, that hang
 * past their time limit (with a child of their own), and that print the secret on stderr,
 * which must come out masked.
 */
class DeliveryRunnerTests {

	private static final String ID = "vera01ei-" + "0123456789abcdef0123456789abcdef";

	private static final String SECRET = "vera01es-" + "5ec2e75ec2e7" + "a1b2c3d4e5f60718".repeat(7);

	private static final DeliveryPair PAIR = new DeliveryPair(ID, SECRET);

	@TempDir
	Path dir;

	private final DeliveryRunner runner = new DeliveryRunner(environment());

	@Test
	void theCommandGetsThePairInItsEnvironmentAndAsACredentialsSectionOnStdin() throws Exception {
		DeliveryResult result = run("sh -c 'printf %s \"$VERACODE_API_KEY_ID\" > id.txt; "
				+ "printf %s \"$VERACODE_API_KEY_SECRET\" > secret.txt; cat > stdin.txt; printf %s \"$CI_NAME\" > ctx.txt'",
				Duration.ofSeconds(30));

		assertThat(result.ok()).as(result.summary()).isTrue();
		assertThat(result.exitCode()).isZero();
		assertThat(result.summary()).isEqualTo("exit 0");
		assertThat(Files.readString(this.dir.resolve("id.txt"))).isEqualTo(ID);
		assertThat(Files.readString(this.dir.resolve("secret.txt"))).isEqualTo(SECRET);
		assertThat(Files.readString(this.dir.resolve("stdin.txt")))
			.isEqualTo("[default]\nveracode_api_key_id = " + ID + "\nveracode_api_key_secret = " + SECRET + "\n");
		assertThat(Files.readString(this.dir.resolve("ctx.txt"))).isEqualTo("payments");
	}

	@Test
	void thePairIsNeverInTheArgumentsOfTheProcess() throws Exception {
		DeliveryResult result = run("sh -c 'cat /proc/$$/cmdline > argv.bin'", Duration.ofSeconds(30));

		assertThat(result.ok()).as(result.summary()).isTrue();
		assertThat(Files.readString(this.dir.resolve("argv.bin")).replace('\0', ' ')).startsWith("sh -c ")
			.doesNotContain(SECRET)
			.doesNotContain(SECRET.substring(9, 40));
	}

	@Test
	void noShellRunsUnlessAskedForSoShellSyntaxIsPassedAsItIs() throws Exception {
		DeliveryResult result = run("sh -c 'printf \"%s|\" \"$@\" > args.txt' sh $HOME 'a b' \"c;d\" *",
				Duration.ofSeconds(30));

		assertThat(result.ok()).as(result.summary()).isTrue();
		assertThat(Files.readString(this.dir.resolve("args.txt"))).isEqualTo("$HOME|a b|c;d|*|");
	}

	@Test
	void aFailingCommandGivesItsExitCodeAndTheLastLineOfItsStderr() {
		DeliveryResult result = run("sh -c 'echo starting >&2; echo \"error: vault is sealed\" >&2; exit 3'",
				Duration.ofSeconds(30));

		assertThat(result.ok()).isFalse();
		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(result.stderr()).isEqualTo("error: vault is sealed");
		assertThat(result.summary()).isEqualTo("exit 3: error: vault is sealed");
	}

	@Test
	void theSecretAndAnythingLikeItOnStderrComesOutMasked() {
		DeliveryResult result = run(
				"sh -c 'echo \"bad: $VERACODE_API_KEY_SECRET ${VERACODE_API_KEY_SECRET#vera01es-} "
						+ "$VERACODE_API_KEY_ID 00112233445566778899aabbccddeeff00 vera01xs-zz\" >&2; exit 1'",
				Duration.ofSeconds(30));

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stderr()).startsWith("bad: ****")
			.doesNotContain(SECRET.substring(9, 30))
			.doesNotContain("0123456789abcdef0123456789abcdef")
			.doesNotContain("00112233445566778899aabbccddeeff")
			.doesNotContain("vera01xs-zz")
			.contains(Masking.mask(SECRET));
	}

	@Test
	void aCommandPastItsTimeLimitIsKilledWithItsChildren() throws Exception {
		DeliveryResult result = run("sh -c 'sleep 300 & echo $! > child.pid; echo waiting >&2; wait'",
				Duration.ofSeconds(2));

		assertThat(result.ok()).isFalse();
		assertThat(result.exitCode()).isNull();
		assertThat(result.problem()).startsWith("timed out after 2 s");
		assertThat(result.summary()).endsWith(": waiting");
		long child = Long.parseLong(Files.readString(this.dir.resolve("child.pid")).strip());
		Optional<ProcessHandle> handle = ProcessHandle.of(child);
		if (handle.isPresent()) {
			// SIGKILL was sent; the end of an orphan is seen once it is reaped (a bound,
			// not a speed)
			assertThat(handle.get().onExit().get(30, TimeUnit.SECONDS).isAlive()).as("the child sleep").isFalse();
		}
	}

	@Test
	void aProgramThatCannotStartIsAFailureNotAnException() {
		DeliveryResult result = run("no-such-program-for-vcshell --flag", Duration.ofSeconds(30));

		assertThat(result.ok()).isFalse();
		assertThat(result.exitCode()).isNull();
		assertThat(result.problem()).startsWith("could not start: ").contains("no-such-program-for-vcshell");
	}

	@Test
	void aCommandLineThatDoesNotSplitIsAUsageErrorBeforeAnythingRuns() {
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> DeliveryCommand.parse("sh -c 'unclosed", Splitters.shell()))
			.withMessageContaining("unclosed single quote");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> DeliveryCommand.parse("  ", Splitters.shell()))
			.withMessageContaining("needs a program");
	}

	@Test
	void timeLimitsAreOneSecondToOneHour() {
		assertThat(DeliveryRunner.timeout(null, "x")).isEqualTo(Duration.ofSeconds(60));
		assertThat(DeliveryRunner.timeout(3600, "x")).isEqualTo(Duration.ofHours(1));
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> DeliveryRunner.timeout(0, "--deliver-timeout"))
			.withMessage("--deliver-timeout must be 1 to 3600 seconds (got 0)");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> DeliveryRunner.timeout(3601, "x"));
	}

	private DeliveryResult run(String line, Duration timeout) {
		return this.runner.run(DeliveryCommand.parse(line, Splitters.shell()), PAIR, timeout, this.dir,
				Map.of("CI_NAME", "payments"));
	}

	private static UserEnvironment environment() {
		Map<String, String> variables = new HashMap<>();
		variables.put("HOME", "/nonexistent-home");
		variables.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
		variables.put(DeliveryRunner.ENV_SECRET, "an-old-secret-that-must-be-replaced");
		return new UserEnvironment(variables, Path.of("/nonexistent-home"));
	}

}
