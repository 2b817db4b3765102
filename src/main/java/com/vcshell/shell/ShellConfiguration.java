package com.vcshell.shell;

import org.jline.terminal.Terminal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;

import com.vcshell.output.Streams;
import com.vcshell.output.TerminalWidth;
import com.vcshell.profile.ProfileWarnings;
import com.vcshell.profile.UserEnvironment;

/** The shell's session-wide beans: table width, warnings, file-name completion. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

	/**
	 * Tables follow the terminal's width when stdout is one; otherwise {@code COLUMNS} or
	 * 120.
	 */
	@Bean
	TerminalWidth terminalWidth(ObjectProvider<Terminal> terminal, Streams streams, UserEnvironment environment) {
		return new TerminalWidth(() -> streams.terminal() ? terminal.getIfAvailable() : null,
				environment.get("COLUMNS"));
	}

	/** Profile warnings (a shadowed profile, a file others can read) on stderr. */
	@Bean
	ProfileWarnings profileWarnings(Streams streams) {
		return (message) -> {
			streams.err().println("warning: " + message);
			streams.err().flush();
		};
	}

	@Bean
	CompletionProvider fileNameCompletionProvider() {
		return new FileNameCompletionProvider();
	}

}
