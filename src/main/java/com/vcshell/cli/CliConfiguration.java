package com.vcshell.cli;

import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vcshell.admin.Concurrency;
import com.vcshell.admin.SessionOptions;
import com.vcshell.identity.IdentityClientSettings;
import com.vcshell.output.OutputFormat;
import com.vcshell.output.OutputSettings;
import com.vcshell.output.Streams;
import com.vcshell.profile.ProfileSettings;
import com.vcshell.profile.UserEnvironment;
import com.vcshell.vault.VcshellHome;

/**
 * Hands what the command line and the process environment decided to the layers that know
 * nothing of either: each gets its own small settings. {@link Cli} registers the startup
 * options, environment, streams and exit mapper of a real run; the fallbacks here serve
 * tests that start the context directly.
 */
@Configuration(proxyBeanMethods = false)
class CliConfiguration {

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

	@Bean
	@ConditionalOnMissingBean
	ExitMapper exitMapper(StartupOptions options) {
		return new ExitMapper(options.debug());
	}

	/** {@code --yes}, {@code --dry-run} and {@code --demo} for the whole session. */
	@Bean
	SessionOptions sessionOptions(StartupOptions options) {
		return new SessionOptions(options.yes(), options.dryRun(), options.demo());
	}

	/** {@code --credentials-file} and {@code --profile}. */
	@Bean
	ProfileSettings profileSettings(StartupOptions options) {
		return new ProfileSettings(options.credentialsFile(), options.profile());
	}

	/** The session's default output format, JSON from the start with {@code --json}. */
	@Bean
	OutputSettings outputSettings(StartupOptions options) {
		return new OutputSettings(options.json() ? OutputFormat.JSON : OutputFormat.TABLE);
	}

	/** {@code ~/.vcshell} or {@code $VCSHELL_HOME}: history, audit log, rescue files. */
	@Bean
	VcshellHome vcshellHome(UserEnvironment environment) {
		return new VcshellHome(environment.vcshellHome());
	}

	/** {@code VCSHELL_CONCURRENCY}: how many reads over many accounts run at once. */
	@Bean
	@ConditionalOnMissingBean
	Concurrency concurrency(UserEnvironment environment) {
		return Concurrency.fromEnvironment(environment.variables());
	}

	/** Timeouts, clock, nonces, retries, rate limit and proxy of the API client. */
	@Bean
	@ConditionalOnMissingBean
	IdentityClientSettings identityClientSettings(UserEnvironment environment) {
		return IdentityClientSettings.defaults(environment.variables());
	}

}
