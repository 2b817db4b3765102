package com.vcshell.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.LogManager;

/**
 * Logging for the command-line application: {@code java.util.logging}, configured from
 * {@code logging.properties} (warnings and errors only, one line each, on stderr). The
 * JDK's own logging costs a start almost nothing, where a logging framework and its
 * bridges load hundreds of classes; Spring (through Commons Logging), JLine and the JDK
 * all log here, and {@link Cli} switches Spring Boot's logging set-up off.
 */
final class StderrLogging {

	private static final String CONFIGURATION = "/logging.properties";

	private StderrLogging() {
	}

	static void configure() {
		try (InputStream properties = StderrLogging.class.getResourceAsStream(CONFIGURATION)) {
			if (properties != null) {
				LogManager.getLogManager().readConfiguration(properties);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + CONFIGURATION, ex);
		}
	}

}
