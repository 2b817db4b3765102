package com.vcshell.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Logging for the command-line application: warnings and errors only, on stderr, never
 * mixed with results. Configured in code (found by Logback through
 * {@code META-INF/services}) because parsing an XML configuration costs every start a few
 * hundred milliseconds; {@link Cli} switches Spring Boot's own logging set-up off.
 * Contexts started without {@code main} (tests) use {@code logback-spring.xml}, which
 * says the same.
 */
public class StderrLoggingConfigurator extends ContextAwareBase implements Configurator {

	@Override
	public ExecutionStatus configure(LoggerContext context) {
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(context);
		encoder.setPattern("%level %logger{20}: %msg%n");
		encoder.start();
		ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
		stderr.setContext(context);
		stderr.setName("STDERR");
		stderr.setTarget("System.err");
		stderr.setEncoder(encoder);
		stderr.start();
		Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
		root.setLevel(Level.WARN);
		root.addAppender(stderr);
		context.getLogger("org.jline").setLevel(Level.ERROR);
		context.getLogger("org.springframework.shell").setLevel(Level.ERROR);
		// a start-up failure is reported once, as one line, by the ExitMapper (with its
		// stack trace under --debug), not as Boot's "Application run failed" trace
		context.getLogger("org.springframework.boot.SpringApplication").setLevel(Level.OFF);
		context.getLogger("org.springframework.boot.diagnostics").setLevel(Level.OFF);
		routeJavaUtilLogging(context);
		return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
	}

	/** JLine logs through java.util.logging: send that here too, at the levels above. */
	private static void routeJavaUtilLogging(LoggerContext context) {
		SLF4JBridgeHandler.removeHandlersForRootLogger();
		SLF4JBridgeHandler.install();
		LevelChangePropagator propagator = new LevelChangePropagator();
		propagator.setContext(context);
		propagator.setResetJUL(true);
		context.addListener(propagator);
		propagator.start();
	}

}
