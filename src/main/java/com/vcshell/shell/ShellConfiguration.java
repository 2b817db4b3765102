package com.vcshell.shell;

import org.jline.terminal.Terminal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;

import com.vcshell.admin.DryRunOutput;
import com.vcshell.output.Streams;
import com.vcshell.output.TerminalWidth;
import com.vcshell.profile.ProfileManager;
import com.vcshell.profile.UserEnvironment;

/** The shell's session-wide beans: table width, dry-run output, file-name completion. */
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

	/** {@code --dry-run} prints the requests it does not send with the results. */
	@Bean
	DryRunOutput dryRunOutput(Streams streams) {
		return (line) -> streams.out().println(line);
	}

	/** Profile names for every argument of {@code profile check}. */
	@Bean(ProfileNameCompletion.EVERY_ARGUMENT)
	CompletionProvider profileNamesCompletion(ProfileManager profiles) {
		return new ProfileNameCompletion(profiles, true);
	}

	@Bean
	CompletionProvider fileNameCompletionProvider() {
		return new FileNameCompletionProvider();
	}

}
