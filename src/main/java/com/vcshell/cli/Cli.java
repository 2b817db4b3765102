package com.vcshell.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.support.EnvironmentPostProcessorApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import com.vcshell.output.Streams;
import com.vcshell.profile.UserEnvironment;
import com.vcshell.shell.runtime.CommandLineException;

/**
 * The command line: reads the startup options, then runs the emulator alone
 * ({@code --emulator}), the demo, or the shell in the mode the options choose. Every
 * failure, also at start-up, is reported by the {@link ExitMapper}.
 */
public final class Cli {

	private static final String BUNDLED_PROPERTIES = "application.properties";

	private Cli() {
	}

	/**
	 * Runs vcshell to completion and returns its exit code, without exiting the JVM.
	 * @param application the Spring Boot configuration of the shell
	 * @param streams where output goes, or {@code null} for the process's streams
	 */
	public static int run(Class<?> application, String[] args, UserEnvironment environment, Streams streams) {
		StartupOptions options;
		try {
			options = StartupOptions.parse(args);
		}
		catch (CommandLineException ex) {
			return new ExitMapper(false).report(ex, streams(streams, environment, true).err());
		}
		Streams std = streams(streams, environment, options.noColor());
		ExitMapper failures = new ExitMapper(options.debug());
		try {
			if (options.emulator()) {
				return EmulatorLauncher.serve(options, std);
			}
			if (options.demo()) {
				return EmulatorLauncher.demo(options, std,
						(demo) -> runShell(application, args, new Session(demo, environment, std, failures)));
			}
			return runShell(application, args, new Session(options, environment, std, failures));
		}
		catch (SpringApplication.AbandonedRunException ex) {
			throw ex; // Spring AOT processing ends the run this way
		}
		catch (RuntimeException ex) {
			return failures.report(ex, std.err());
		}
	}

	private static Streams streams(Streams given, UserEnvironment environment, boolean noColor) {
		return (given != null) ? given : Streams.system(environment.variables(), noColor);
	}

	private static int runShell(Class<?> application, String[] args, Session session) {
		// logging is java.util.logging, set up here: faster than Boot's own set-up
		StderrLogging.configure();
		System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		SpringApplication app = new SpringApplication(application);
		app.setBannerMode(Banner.Mode.OFF);
		app.setLogStartupInfo(false);
		app.setAddCommandLineProperties(false);
		onlyBundledProperties(app);
		app.addInitializers(context -> {
			context.getBeanFactory().registerSingleton("startupOptions", session.options());
			context.getBeanFactory().registerSingleton("userEnvironment", session.environment());
			context.getBeanFactory().registerSingleton("streams", session.streams());
			context.getBeanFactory().registerSingleton("exitMapper", session.failures());
		});
		try (ConfigurableApplicationContext context = app.run(args)) {
			return SpringApplication.exit(context);
		}
	}

	/**
	 * Replaces Boot's environment post-processors by one that adds the jar's
	 * {@code application.properties}, last, as config data would. Config data processing
	 * (application.properties and .yaml looked up in classpath:/, classpath:/config/, ./
	 * and ./config/, {@code spring.config.*}, profiles, imports) with Cloud Foundry,
	 * random-value and {@code SPRING_APPLICATION_JSON} sources was about a fifth of the
	 * CPU of a {@code ./vcshell help}; vcshell has the one file. Tests that start the
	 * context themselves keep Boot's full set-up.
	 */
	private static void onlyBundledProperties(SpringApplication app) {
		List<ApplicationListener<?>> listeners = new ArrayList<>(app.getListeners());
		listeners.removeIf(EnvironmentPostProcessorApplicationListener.class::isInstance);
		listeners.add(EnvironmentPostProcessorApplicationListener
			.with((logFactory, bootstrapContext) -> List.of(Cli::addBundledProperties)));
		app.setListeners(listeners);
	}

	private static void addBundledProperties(ConfigurableEnvironment environment, SpringApplication application) {
		Resource properties = new ClassPathResource(BUNDLED_PROPERTIES, Cli.class.getClassLoader());
		try {
			new PropertiesPropertySourceLoader().load("bundled " + BUNDLED_PROPERTIES, properties)
				.forEach(environment.getPropertySources()::addLast);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + BUNDLED_PROPERTIES, ex);
		}
	}

	/** What the shell's context is started with. */
	private record Session(StartupOptions options, UserEnvironment environment, Streams streams, ExitMapper failures) {

		/** The environment's values may be secrets: the options say enough. */
		@Override
		public String toString() {
			return "Session[" + this.options + "]";
		}

	}

}
