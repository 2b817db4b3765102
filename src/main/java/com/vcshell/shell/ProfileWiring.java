package com.vcshell.shell;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vcshell.output.Streams;
import com.vcshell.profile.ProfileSettings;
import com.vcshell.profile.ProfileWarnings;

/**
 * Hands the command line's profile choices to the {@code profile} package (which knows
 * nothing of the shell), and prints its warnings on stderr.
 */
@Configuration(proxyBeanMethods = false)
class ProfileWiring {

	@Bean
	ProfileSettings profileSettings(StartupOptions options) {
		return new ProfileSettings(options.credentialsFile(), options.profile());
	}

	@Bean
	ProfileWarnings profileWarnings(Streams streams) {
		return (message) -> {
			streams.err().println("warning: " + message);
			streams.err().flush();
		};
	}

}
