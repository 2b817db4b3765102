package com.vcshell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Colour at a real terminal (tmux, its screen read with the escape sequences): table
 * headers are bold and underlined, and there is no escape at all with {@code --no-color},
 * with {@code NO_COLOR} set or with {@code TERM=dumb}. ({@code NoAnsiWhenPipedIT} runs
 * the same command piped.)
 */
class ColourIT {

	private static final Duration SHORT = Duration.ofSeconds(30);

	private static final String ESC = "\u001b[";

	@TempDir
	Path dir;

	@BeforeAll
	static void needsTmux() {
		TerminalSession.requireTmux();
	}

	@Test
	void tableHeadersAreBoldAtATerminal() throws Exception {
		String screen = profileList(Map.of());

		assertThat(screen).contains(ESC).contains("PROFILE");
		assertThat(screen.lines().filter((line) -> line.contains("PROFILE")).findFirst().orElseThrow())
			.contains(ESC + "1")
			.contains(ESC + "4");
	}

	@Test
	void noColourWithNoColorOption() throws Exception {
		assertThat(profileList(Map.of(), "--no-color")).contains("PROFILE").doesNotContain(ESC);
	}

	@Test
	void noColourWithNoColourVariable() throws Exception {
		assertThat(profileList(Map.of("NO_COLOR", "1"))).contains("PROFILE").doesNotContain(ESC);
	}

	@Test
	void noColourOnADumbTerminal() throws Exception {
		assertThat(profileList(Map.of("TERM", "dumb"))).contains("PROFILE").doesNotContain(ESC);
	}

	/** {@code vcshell [option] --demo profile list} at a terminal; its screen. */
	private String profileList(Map<String, String> variables, String... options) throws Exception {
		Map<String, String> env = new HashMap<>(variables);
		env.put("HOME", Files.createTempDirectory(this.dir, "home").toString());
		String[] args = new String[options.length + 3];
		System.arraycopy(options, 0, args, 0, options.length);
		args[options.length] = "--demo";
		args[options.length + 1] = "profile";
		args[options.length + 2] = "list";
		try (TerminalSession shell = TerminalSession.start(env, args)) {
			shell.waitFor("EXITED=0", SHORT);
			String screen = shell.screenWithEscapes();
			return screen.substring(0, screen.indexOf("EXITED="));
		}
	}

}
