package com.vcshell.shell.runtime;

import org.springframework.shell.core.command.ExitStatus;

/**
 * A command that ended with a failing {@link ExitStatus} instead of throwing (Spring
 * Shell's own commands do: an unavailable command, a failed parameter check), so that it
 * is reported like any other failure.
 */
public class FailedStatusException extends RuntimeException {

	private final ExitStatus status;

	public FailedStatusException(ExitStatus status) {
		super(status.description());
		this.status = status;
	}

	public ExitStatus status() {
		return this.status;
	}

}
