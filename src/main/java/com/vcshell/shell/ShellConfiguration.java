package com.vcshell.shell;

import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vcshell.output.Streams;
import com.vcshell.profile.UserEnvironment;

/**
 * The shell's process-level beans. {@code VcshellApplication.main} registers the real
 * ones; the fallbacks here serve tests that start the context directly.
 */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

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

}
