package com.vcshell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.vcshell.cli.ExitMapper;
import com.vcshell.cli.StartupOptions;
import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.output.Streams;
import com.vcshell.profile.UserEnvironment;
import com.vcshell.shell.runtime.CommandLineException;
import com.vcshell.shell.runtime.CommandRunner;
import com.vcshell.shell.runtime.NoTerminalInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random command lines (command words, options, quotes, control characters, other
 * scripts' digits, planted secrets, bad paths and ids) through the one-shot path: the
 * startup options are parsed, then the command runs in a shell context against a loopback
 * emulator, with no terminal. Whatever the line, it ends with an exit code of design §5
 * other than 1; a failure is exactly one {@code error:} line on stderr; nothing printed
 * holds a raw control character or the planted secret; and a destructive command that
 * ends in a usage error sent nothing.
 */
class CommandLinePropertyTests {

	private static final String SECRET = "5eed".repeat(31) + "9f3e";

	private static final Set<Integer> CODES = Set.of(0, 2, 3, 4, 5, 6, 7);

	/** Any control character but the line ends of stdout's CSV and tables. */
	private static final Pattern RAW_CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\u2028\\u2029&&[^\\n\\r]]");

	private static IdentityEmulator emulator;

	private static Path home;

	private static ConfigurableApplicationContext context;

	private static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();

	private static final ByteArrayOutputStream ERR = new ByteArrayOutputStream();

	private static final Streams STREAMS = Streams.of(OUT, ERR);

	private static final ExitMapper FAILURES = new ExitMapper(false);

	@BeforeContainer
	static void startShellOnAnEmulator() throws IOException {
		emulator = IdentityEmulator.start(0);
		home = Files.createTempDirectory("vcshell-command-lines");
		Path credentials = home.resolve("credentials");
		emulator.writeCredentialsFile(credentials);
		StartupOptions options = StartupOptions.parse("--credentials-file", credentials.toString(), "--profile",
				"demo");
		UserEnvironment environment = UserEnvironment.of(Map.of("HOME", home.toString()));
		context = new SpringApplicationBuilder(VcshellApplication.class).bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("vcshell.runner.enabled=false", "spring.shell.interactive.enabled=false")
			.initializers((app) -> {
				app.getBeanFactory().registerSingleton("startupOptions", options);
				app.getBeanFactory().registerSingleton("userEnvironment", environment);
				app.getBeanFactory().registerSingleton("streams", STREAMS);
				app.getBeanFactory().registerSingleton("exitMapper", FAILURES);
			})
			.run();
	}

	@AfterContainer
	static void stop() throws IOException {
		context.close();
		emulator.close();
		try (var paths = Files.walk(home)) {
			paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach((path) -> path.toFile().delete());
		}
	}

	@Property(tries = 250)
	void everyLineEndsWithADocumentedCodeAndOneCleanErrorLine(@ForAll("commandLines") List<String> args) {
		OUT.reset();
		ERR.reset();
		long requests = emulator.controls().requestCount();

		int code = oneShot(args);

		String out = OUT.toString(StandardCharsets.UTF_8);
		String err = ERR.toString(StandardCharsets.UTF_8);
		Statistics.label("exit code").collect(code);
		assertThat(code).as("%s%n%s", args, err).isIn(CODES);
		List<String> errors = err.lines().filter((line) -> !line.startsWith("warning: ")).toList();
		if (code == 0) {
			assertThat(errors).as("%s", args).isEmpty();
		}
		else {
			assertThat(errors).as("%s", args).singleElement().asString().startsWith("error: ");
		}
		assertThat(RAW_CONTROL.matcher(err).find()).as("raw control character on stderr: %s", err).isFalse();
		assertThat(RAW_CONTROL.matcher(out).find()).as("raw control character on stdout: %s", out).isFalse();
		assertThat(out + err).as("%s", args).doesNotContain(SECRET.substring(64));
		if (code == 2 && isDestructive(args)) {
			assertThat(emulator.controls().requestCount()).as("nothing sent for %s", args).isEqualTo(requests);
		}
	}

	/** What {@code Cli} and its runner do with arguments naming one command. */
	private static int oneShot(List<String> args) {
		StartupOptions options;
		try {
			options = StartupOptions.parse(args.toArray(String[]::new));
		}
		catch (CommandLineException ex) {
			return FAILURES.report(ex, STREAMS.err());
		}
		Assume.that(options.oneShot() && !options.demo() && options.script() == null);
		return context.getBean(CommandRunner.class)
			.run(options.command(), STREAMS.out(), STREAMS.err(), NoTerminalInput.INSTANCE);
	}

	private static boolean isDestructive(List<String> args) {
		return args.stream().anyMatch((word) -> word.equals("generate") || word.equals("revoke"));
	}

	@Provide
	Arbitrary<List<String>> commandLines() {
		Arbitrary<List<String>> startup = Arbitraries
			.of("--json", "--yes", "--dry-run", "--no-color", "--profile", "--profile=", "--script", "--port",
					"--continue-on-error", "--bogus", "--json", "--demo")
			.list()
			.ofMaxSize(2);
		Arbitrary<List<String>> command = Arbitraries.of(COMMANDS).map((line) -> List.of(line.split(" ")));
		Arbitrary<List<String>> rest = Arbitraries.oneOf(Arbitraries.of(OPTIONS), values()).list().ofMaxSize(5);
		return net.jqwik.api.Combinators.combine(startup, command, rest).as((s, c, r) -> {
			List<String> line = new ArrayList<>(s);
			line.addAll(c);
			line.addAll(r);
			return line;
		});
	}

	private static Arbitrary<String> values() {
		Arbitrary<String> hostile = Arbitraries.strings()
			.withChars('a', 'Z', '0', '7', ' ', '\'', '"', '\\', '/', '.', '-', '=', '\n', '\r', '\t', '\u0000',
					'\u001b', '\u007f', '\u0085', '\u202e', '\u2028', '\u200b', '\uff17', '\u0663', '\u00b3', 'é')
			.ofMaxLength(12);
		return Arbitraries.oneOf(hostile, Arbitraries.of(VALUES));
	}

	private static final List<String> COMMANDS = List.of("generate self", "generate user", "revoke self", "revoke user",
			"revoke id", "whoami", "profile list", "profile show", "profile use", "profile remove", "profile add",
			"format", "expiration self", "expiration user", "expiration report", "users list", "users search",
			"users show", "script", "help", "exit", "quit", "history", "nosuch", "generate", "revoke", "users",
			"profile", "profile check", "version");

	private static final List<String> OPTIONS = List.of("--yes", "--json", "--csv", "--dry-run", "--reveal",
			"--save-as", "--out", "--within", "--type", "--from-env", "--api-base-url", "--continue-on-error", "--help",
			"--", "--yes=maybe", "--within=", "--save-as=", "--bogus", "-x", "--check");

	private static final List<String> VALUES = List.of("", " ", ".", "..", "%2e", "a/b", "..%2f", "/tmp", "/dev/zero",
			"/proc/self/mem", "/nonexistent/dir/file", "~/", "~", "x".repeat(300), "７", "٣", "+3", "1e3", "-3",
			"99999999999", "0", "30", "api", "user", "json", "table", "demo", "demo-readonly", SECRET,
			"vera01es-" + SECRET, "3ddaeeb10ca690df3fee5e3bd1c329fa", "vera01ei-3ddaeeb10ca690df3fee5e3bd1c329fa",
			"00000000-0000-4000-8000-000000000000", "no-such-user", "'quoted'", "\"dq", "a b");

}
