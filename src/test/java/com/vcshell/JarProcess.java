package com.vcshell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged application as a separate process with pipes for stdin, stdout and
 * stderr, as a CI job or a shell pipeline would: through the launcher {@code ./vcshell}
 * (Spring AOT, extracted layout, class-data archive: what the README starts), or with
 * plain {@code java -jar target/vcshell.jar}.
 */
public final class JarProcess {

	private static final Path JAR = Path.of("target", "vcshell.jar");

	private static final Path LAUNCHER = Path.of("vcshell").toAbsolutePath();

	private static boolean warm;

	private JarProcess() {
	}

	/**
	 * Runs {@code ./vcshell args}, feeding {@code stdin} (or nothing), with only
	 * {@code env} added to a clean environment (PATH kept, JAVA_HOME the tests' Java).
	 */
	public static Vcshell.Result run(Map<String, String> env, String stdin, String... args)
			throws IOException, InterruptedException {
		warmUp();
		return exec(command(LAUNCHER.toString(), args), null, env, stdin);
	}

	/** As {@link #run}, with {@code java -jar target/vcshell.jar args}. */
	public static Vcshell.Result runFatJar(Map<String, String> env, String stdin, String... args)
			throws IOException, InterruptedException {
		return runWithJvmOptions(List.of(), env, stdin, args);
	}

	/**
	 * As {@link #runFatJar}, with options for the JVM ({@code -verbose:class}): the fat
	 * jar, so that every class is loaded from it and none from a class-data archive.
	 */
	public static Vcshell.Result runWithJvmOptions(List<String> jvmOptions, Map<String, String> env, String stdin,
			String... args) throws IOException, InterruptedException {
		assertThat(JAR).as("run after 'package'").exists();
		List<String> command = new ArrayList<>();
		command.add(java());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(JAR.toString());
		command.addAll(List.of(args));
		return exec(command, null, env, stdin);
	}

	/** The launcher, {@code ./vcshell} at the project's root, as an absolute path. */
	public static Path launcher() {
		return LAUNCHER;
	}

	/** The java binary of the JVM running the tests. */
	public static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * Starts the launcher once before any test waits for it: the first start of a build
	 * extracts the jar and trains the class-data archive, which takes seconds.
	 */
	public static synchronized void warmUp() throws IOException, InterruptedException {
		if (!warm) {
			assertThat(JAR).as("run after 'package'").exists();
			Vcshell.Result result = exec(command(LAUNCHER.toString(), "help"), null, Map.of(), null);
			assertThat(result.exitCode()).as("./vcshell help: %s", result.err()).isZero();
			warm = true;
		}
	}

	/**
	 * Runs a command in {@code directory} (or the current one) with a clean environment
	 * plus {@code env}, feeding {@code stdin} (or nothing); waits for it and returns what
	 * it left behind.
	 */
	public static Vcshell.Result exec(List<String> command, Path directory, Map<String, String> env, String stdin)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command);
		if (directory != null) {
			builder.directory(directory.toFile());
		}
		Map<String, String> environment = builder.environment();
		environment.keySet().removeIf((name) -> !name.equals("PATH"));
		environment.put("JAVA_HOME", System.getProperty("java.home"));
		environment.putAll(env);
		Process process = builder.start();
		if (stdin != null) {
			process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
		}
		process.getOutputStream().close();
		StringBuilder errText = new StringBuilder();
		Thread errReader = new Thread(() -> {
			try {
				errText.append(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				errText.append(ex);
			}
		});
		errReader.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		errReader.join(TimeUnit.SECONDS.toMillis(600));
		assertThat(process.waitFor(600, TimeUnit.SECONDS)).as("vcshell finished").isTrue();
		return new Vcshell.Result(process.exitValue(), out, errText.toString());
	}

	private static List<String> command(String program, String... args) {
		List<String> command = new ArrayList<>();
		command.add(program);
		command.addAll(List.of(args));
		return command;
	}

}
