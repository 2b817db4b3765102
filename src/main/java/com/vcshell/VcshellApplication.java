package com.vcshell;

import java.util.Map;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.shell.core.autoconfigure.SpringShellAutoConfiguration;

import com.vcshell.cli.Cli;
import com.vcshell.output.Streams;
import com.vcshell.profile.UserEnvironment;

/**
 * vcshell's entry point and the Spring configuration of the shell; {@link Cli} does the
 * rest.
 *
 * <p>
 * Only the auto-configuration the shell uses is imported (properties and Spring Shell):
 * vcshell builds its own HTTP client and JSON mappers, so Boot's task executors, SSL
 * bundles, HTTP client, RestClient, Jackson, JMX and AOP set-ups would only slow every
 * start.
 */
@SpringBootConfiguration
@ComponentScan(excludeFilters = { @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
		@Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class) })
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
		SpringShellAutoConfiguration.class })
public class VcshellApplication {

	public static void main(String[] args) {
		// Boot's BackgroundPreinitializer warms Jackson, the HTTP message converters and
		// more on a second thread (about 600 classes): none of which a vcshell start
		// uses,
		// and on a small machine that thread competes with the one the user waits for.
		if (System.getProperty("spring.backgroundpreinitializer.ignore") == null) {
			System.setProperty("spring.backgroundpreinitializer.ignore", "true");
		}
		Map<String, String> env = System.getenv();
		System.exit(run(args, UserEnvironment.of(env), null));
	}

	/**
	 * Runs vcshell to completion and returns its exit code, without exiting the JVM.
	 * @param streams where output goes, or {@code null} for the process's streams
	 */
	public static int run(String[] args, UserEnvironment environment, Streams streams) {
		return Cli.run(VcshellApplication.class, args, environment, streams);
	}

}
