package com.vcshell.shell;

import org.springframework.stereotype.Component;

import com.vcshell.admin.Warnings;
import com.vcshell.output.Neutralise;
import com.vcshell.output.Streams;
import com.vcshell.profile.ProfileWarnings;

/**
 * Warnings of the use cases and the profiles, one {@code warning: ...} line each on
 * stderr, never mixed with results; masked and with control characters escaped
 * ({@link Neutralise#message}).
 */
@Component
class StderrWarnings implements Warnings, ProfileWarnings {

	private final Streams streams;

	StderrWarnings(Streams streams) {
		this.streams = streams;
	}

	@Override
	public void warn(String message) {
		this.streams.err().println("warning: " + Neutralise.message(message));
		this.streams.err().flush();
	}

}
