package com.vcshell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives vcshell at a real terminal: a tmux session running the launcher
 * ({@code ./vcshell}, the fast path the README starts), typed into with {@code send-keys}
 * and read with {@code capture-pane}.
 */
public final class TerminalSession implements AutoCloseable {

	private static final Duration STARTUP = Duration.ofSeconds(90);

	private final String name = "vcshell-it-" + UUID.randomUUID().toString().substring(0, 8);

	private TerminalSession() {
	}

	/**
	 * Skips the calling test, loudly, when tmux is missing on a developer's machine;
	 * fails it in CI ({@code CI=true}), where a terminal test must run, not skip.
	 */
	public static void requireTmux() {
		if (available()) {
			return;
		}
		String message = "tmux is not installed: the terminal tests cannot run (.ci/run installs it)";
		if ("true".equals(System.getenv("CI"))) {
			throw new AssertionError(message + "; CI=true, so this is a failure, not a skip");
		}
		System.err.println("WARNING: " + message + ": SKIPPED");
		org.junit.jupiter.api.Assumptions.abort("WARNING: " + message);
	}

	/** Whether tmux is installed (CI installs it; see .ci/run). */
	public static boolean available() {
		try {
			return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	/**
	 * Starts {@code ./vcshell <args>} in a 120x30 terminal with the given environment
	 * variables (and the tests' Java as JAVA_HOME); the pane stays after exit and shows
	 * {@code EXITED=<code>}.
	 */
	public static TerminalSession start(Map<String, String> env, String... args) throws Exception {
		JarProcess.warmUp();
		TerminalSession session = new TerminalSession();
		StringBuilder command = new StringBuilder();
		command.append("JAVA_HOME='").append(System.getProperty("java.home")).append("' ");
		env.forEach((k, v) -> command.append(k).append("='").append(v).append("' "));
		command.append("'").append(JarProcess.launcher()).append("'");
		for (String arg : args) {
			command.append(" '").append(arg).append("'");
		}
		command.append("; echo EXITED=$?; sleep 600");
		session.tmux("new-session", "-d", "-s", session.name, "-x", "120", "-y", "30", command.toString());
		return session;
	}

	/** Types text (literally) without Enter. */
	public TerminalSession type(String text) throws Exception {
		tmux("send-keys", "-t", this.name, "-l", text);
		return this;
	}

	/** Sends tmux key names: {@code Enter}, {@code Tab}, {@code C-c}, {@code C-d}. */
	public TerminalSession keys(String... keys) throws Exception {
		List<String> command = new ArrayList<>(List.of("send-keys", "-t", this.name));
		command.addAll(List.of(keys));
		tmux(command.toArray(String[]::new));
		return this;
	}

	/** Types a line and presses Enter. */
	public TerminalSession line(String text) throws Exception {
		return type(text).keys("Enter");
	}

	/** Waits until the screen shows {@code text}; fails with the screen otherwise. */
	public String waitFor(String text) throws Exception {
		return waitFor(text, STARTUP);
	}

	public String waitFor(String text, Duration limit) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		String screen = screen();
		while (!screen.contains(text) && System.nanoTime() < deadline) {
			Thread.sleep(100);
			screen = screen();
		}
		assertThat(screen).as("terminal screen").contains(text);
		return screen;
	}

	/** Waits until more than {@code count} prompts are on the screen. */
	public String waitForPrompts(int count) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (count("vcshell") <= count && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		return waitForPrompt(Duration.ofSeconds(20));
	}

	/** Waits until the last non-empty line of the screen is a vcshell prompt. */
	public String waitForPrompt(Duration limit) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		String screen = screen();
		while (!endsWithPrompt(screen) && System.nanoTime() < deadline) {
			Thread.sleep(100);
			screen = screen();
		}
		assertThat(endsWithPrompt(screen)).as("a prompt at the end of:%n%s", screen).isTrue();
		return screen;
	}

	public String waitForPrompt() throws Exception {
		return waitForPrompt(STARTUP);
	}

	private static boolean endsWithPrompt(String screen) {
		List<String> lines = screen.lines().filter(l -> !l.isBlank()).toList();
		return !lines.isEmpty() && lines.get(lines.size() - 1).matches("vcshell(\\[.*\\])?>\\s*");
	}

	/** Counts how often {@code text} appears on the screen. */
	public int count(String text) throws Exception {
		String screen = screen();
		int count = 0;
		for (int i = screen.indexOf(text); i >= 0; i = screen.indexOf(text, i + 1)) {
			count++;
		}
		return count;
	}

	public String screen() throws Exception {
		return tmux("capture-pane", "-p", "-t", this.name, "-S", "-200");
	}

	/** The screen with the escape sequences of its colours and emphasis. */
	public String screenWithEscapes() throws Exception {
		return tmux("capture-pane", "-e", "-p", "-t", this.name, "-S", "-200");
	}

	/**
	 * Waits until {@code condition} holds, checking every 50 ms; fails after the limit.
	 */
	public static void await(String what, Duration limit, java.util.function.BooleanSupplier condition)
			throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting for " + what);
			}
			Thread.sleep(50);
		}
	}

	@Override
	public void close() throws Exception {
		tmux("kill-session", "-t", this.name);
	}

	private String tmux(String... args) throws Exception {
		List<String> command = new ArrayList<>();
		// a tmux server of its own (-L): parallel test runs never share or kill each
		// other's sessions
		command.addAll(List.of("tmux", "-L", this.name));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		return output;
	}

}
