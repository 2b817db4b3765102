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
 * Runs the packaged jar as a separate process with pipes for stdin, stdout and stderr, as
 * a CI job or a shell pipeline would.
 */
public final class JarProcess {

	private static final Path JAR = Path.of("target", "vcshell.jar");

	private JarProcess() {
	}

	/**
	 * Runs {@code java -jar target/vcshell.jar args}, feeding {@code stdin} (or nothing),
	 * with only {@code env} added to a clean environment (PATH and JAVA_HOME kept).
	 */
	public static Vcshell.Result run(Map<String, String> env, String stdin, String... args)
			throws IOException, InterruptedException {
		return runWithJvmOptions(List.of(), env, stdin, args);
	}

	/** As {@link #run}, with options for the JVM ({@code -verbose:class}). */
	public static Vcshell.Result runWithJvmOptions(List<String> jvmOptions, Map<String, String> env, String stdin,
			String... args) throws IOException, InterruptedException {
		assertThat(JAR).as("run after 'package'").exists();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(JAR.toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		Map<String, String> environment = builder.environment();
		environment.keySet().removeIf(name -> !name.equals("PATH") && !name.equals("JAVA_HOME"));
		environment.putAll(env);
		Process process = builder.start();
		if (stdin != null) {
			process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
		}
		process.getOutputStream().close();
		String err;
		String out;
		Thread errReader;
		StringBuilder errText = new StringBuilder();
		errReader = new Thread(() -> {
			try {
				errText.append(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				errText.append(ex);
			}
		});
		errReader.start();
		out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		errReader.join(TimeUnit.SECONDS.toMillis(120));
		err = errText.toString();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("vcshell finished").isTrue();
		return new Vcshell.Result(process.exitValue(), out, err);
	}

}
