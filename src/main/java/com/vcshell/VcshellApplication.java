package com.vcshell;

import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.shell.core.autoconfigure.SpringShellAutoConfiguration;

import com.vcshell.output.Streams;
import com.vcshell.profile.UserEnvironment;
import com.vcshell.shell.StartupOptions;
import com.vcshell.shell.UsageException;

/**
 * vcshell's entry point: reads the startup options, then runs the emulator alone
 * ({@code --emulator}) or the shell in the mode the options choose.
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
		Map<String, String> env = System.getenv();
		System.exit(run(args, UserEnvironment.of(env), null));
	}

	/**
	 * Runs vcshell to completion and returns its exit code, without exiting the JVM.
	 * @param streams where output goes, or {@code null} for the process's streams
	 */
	public static int run(String[] args, UserEnvironment environment, Streams streams) {
		StartupOptions options;
		try {
			options = StartupOptions.parse(args);
		}
		catch (UsageException ex) {
			Streams std = (streams != null) ? streams : Streams.system(environment.variables(), true);
			std.err().println("error: " + ex.getMessage());
			return 2;
		}
		Streams std = (streams != null) ? streams : Streams.system(environment.variables(), options.noColor());
		if (options.emulator()) {
			return EmulatorLauncher.serve(options, std);
		}
		if (options.demo()) {
			return EmulatorLauncher.demo(options, std, (demo) -> runShell(args, demo, environment, std));
		}
		return runShell(args, options, environment, std);
	}

	private static int runShell(String[] args, StartupOptions options, UserEnvironment environment, Streams streams) {
		// logging is set up here, faster than Boot's own set-up
		StderrLogging.configure();
		System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		SpringApplication app = new SpringApplication(VcshellApplication.class);
		app.setBannerMode(Banner.Mode.OFF);
		app.setLogStartupInfo(false);
		app.setAddCommandLineProperties(false);
		app.addInitializers(context -> {
			context.getBeanFactory().registerSingleton("startupOptions", options);
			context.getBeanFactory().registerSingleton("userEnvironment", environment);
			context.getBeanFactory().registerSingleton("streams", streams);
		});
		try (ConfigurableApplicationContext context = app.run(args)) {
			return SpringApplication.exit(context);
		}
		catch (SpringApplication.AbandonedRunException ex) {
			// Spring AOT processing (build time) stops the run once the context is
			// prepared
			throw ex;
		}
		catch (RuntimeException ex) {
			streams.err().println("error: vcshell could not start: " + rootMessage(ex));
			if (options.debug()) {
				ex.printStackTrace(streams.err());
			}
			streams.err().flush();
			return 1;
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

}
