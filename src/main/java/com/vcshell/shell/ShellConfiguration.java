package com.vcshell.shell;

import java.util.Map;
import java.util.stream.Stream;

import org.jline.terminal.Terminal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;

import com.vcshell.identity.IdentityClientSettings;
import com.vcshell.output.OutputFormat;
import com.vcshell.output.OutputSettings;
import com.vcshell.output.Streams;
import com.vcshell.output.TerminalWidth;
import com.vcshell.profile.UserEnvironment;
import com.vcshell.vault.VcshellHome;

/**
 * The shell's process-level beans. {@code VcshellApplication.main} registers the real
 * ones; the fallbacks here serve tests that start the context directly.
 */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

	/**
	 * JLine's terminal and line reader are built only when the interactive shell or a
	 * question at a terminal needs them: pipes, scripts and CI start faster without them.
	 */
	@Bean
	static BeanFactoryPostProcessor lazyTerminal() {
		return (beanFactory) -> Stream.of("terminal", "lineReader", "inputProvider", "jlineShellRunner")
			.filter(beanFactory::containsBeanDefinition)
			.forEach((name) -> beanFactory.getBeanDefinition(name).setLazyInit(true));
	}

	@Bean
	@ConditionalOnMissingBean
	StartupOptions startupOptions(ApplicationArguments arguments) {
		return StartupOptions.parse(arguments.getSourceArgs());
	}

	@Bean
	@ConditionalOnMissingBean
	UserEnvironment userEnvironment() {
		return UserEnvironment.of(Map.of());
	}

	@Bean
	@ConditionalOnMissingBean
	Streams streams(UserEnvironment environment, StartupOptions options) {
		return Streams.system(environment.variables(), options.noColor());
	}

	/** {@code ~/.vcshell} or {@code $VCSHELL_HOME}: history, audit log, rescue files. */
	@Bean
	VcshellHome vcshellHome(UserEnvironment environment) {
		return new VcshellHome(environment.vcshellHome());
	}

	/** The session's default output format, JSON from the start with {@code --json}. */
	@Bean
	OutputSettings outputSettings(StartupOptions options) {
		return new OutputSettings(options.json() ? OutputFormat.JSON : OutputFormat.TABLE);
	}

	/**
	 * Tables follow the terminal's width when stdout is one; otherwise {@code COLUMNS} or
	 * 120.
	 */
	@Bean
	TerminalWidth terminalWidth(ObjectProvider<Terminal> terminal, Streams streams, UserEnvironment environment) {
		return new TerminalWidth(() -> streams.terminal() ? terminal.getIfAvailable() : null,
				environment.get("COLUMNS"));
	}

	/** Timeouts, clock, nonces, retries, rate limit and proxy of the API client. */
	@Bean
	@ConditionalOnMissingBean
	IdentityClientSettings identityClientSettings(UserEnvironment environment) {
		return IdentityClientSettings.defaults(environment.variables());
	}

	/** Command parameters carry no constraints: skip booting Hibernate Validator. */
	@Bean
	jakarta.validation.Validator commandParameterValidator() {
		return new NoConstraintsValidator();
	}

	@Bean
	CompletionProvider fileNameCompletionProvider() {
		return new FileNameCompletionProvider();
	}

}
