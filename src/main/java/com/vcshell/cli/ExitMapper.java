package com.vcshell.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;

import org.springframework.core.convert.ConversionException;
import org.springframework.shell.core.command.ExitStatus;

import com.vcshell.admin.delivery.DeliveryFailedException;
import com.vcshell.auth.InvalidCredentialsException;
import com.vcshell.identity.VeracodeApiException;
import com.vcshell.output.ConflictingFormatsException;
import com.vcshell.output.Neutralise;
import com.vcshell.profile.ProfileException;
import com.vcshell.shell.ScriptFailedException;
import com.vcshell.shell.SecretNotSavedException;
import com.vcshell.admin.UsageException;
import com.vcshell.admin.check.KeyStatus;
import com.vcshell.admin.check.ProfileCheckException;
import com.vcshell.shell.runtime.CommandLineException;
import com.vcshell.shell.runtime.FailedStatusException;
import com.vcshell.shell.runtime.FailureReporter;
import com.vcshell.vault.VaultException;

/**
 * The one place where a failure becomes an exit code (design §5) and one line for the
 * user, {@code error: <message>}, in every mode and at start-up: in the style of jbang's
 * {@code ExitException}, each layer throws its own exception with a message written for
 * people, and only this class knows their codes. Anything unexpected is an internal error
 * (1). With {@code --debug} the stack trace comes first. Whatever a message quotes (a
 * name, an argument, a server's words) is shown through {@link Neutralise#message}: one
 * line, no control character, anything that looks like a key masked.
 */
public final class ExitMapper implements FailureReporter {

	private final boolean debug;

	public ExitMapper(boolean debug) {
		this.debug = debug;
	}

	@Override
	public int report(Throwable failure, PrintWriter err) {
		if (this.debug) {
			err.print(Neutralise.lines(stackTrace(failure)));
		}
		Outcome outcome = outcome(failure);
		err.println("error: " + Neutralise.message(outcome.message()));
		err.flush();
		return outcome.code();
	}

	private static String stackTrace(Throwable failure) {
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		return trace.toString();
	}

	/** The exit code and message for a failure, looked up along its chain of causes. */
	static Outcome outcome(Throwable failure) {
		for (Throwable ex = failure; ex != null; ex = next(ex)) {
			Optional<Outcome> known = known(ex);
			if (known.isPresent()) {
				return known.get();
			}
		}
		return new Outcome(ExitCodes.INTERNAL,
				"unexpected internal error: " + rootMessage(failure) + " (run with --debug for details)");
	}

	private static Optional<Outcome> known(Throwable ex) {
		if (ex instanceof CommandLineException || ex instanceof UsageException
				|| ex instanceof ConflictingFormatsException) {
			return Optional.of(new Outcome(ExitCodes.USAGE, ex.getMessage()));
		}
		if (ex instanceof ProfileException || ex instanceof VaultException) {
			return Optional.of(new Outcome(ExitCodes.CREDENTIALS, ex.getMessage()));
		}
		if (ex instanceof InvalidCredentialsException) {
			return Optional.of(new Outcome(ExitCodes.CREDENTIALS, "invalid credentials: " + ex.getMessage()));
		}
		if (ex instanceof VeracodeApiException api) {
			return Optional.of(new Outcome(exitCode(api.kind()), ex.getMessage()));
		}
		if (ex instanceof ProfileCheckException check) {
			return Optional.of(new Outcome(exitCode(check.worst()), ex.getMessage()));
		}
		if (ex instanceof SecretNotSavedException) {
			return Optional.of(new Outcome(ExitCodes.NOT_SAVED, ex.getMessage()));
		}
		if (ex instanceof DeliveryFailedException) {
			return Optional.of(new Outcome(ExitCodes.NOT_DELIVERED, ex.getMessage()));
		}
		if (ex instanceof ScriptFailedException script) {
			return Optional.of(new Outcome(script.exitCode(), ex.getMessage()));
		}
		if (ex instanceof LaunchException) {
			return Optional.of(new Outcome(ExitCodes.INTERNAL, ex.getMessage()));
		}
		return framework(ex);
	}

	/** Failures Spring Shell or the JDK raise for what a user typed or did. */
	private static Optional<Outcome> framework(Throwable ex) {
		if (ex instanceof FailedStatusException failed) {
			return Optional.of(status(failed.status()));
		}
		if (ex instanceof ConversionException) {
			return Optional.of(new Outcome(ExitCodes.USAGE, "bad argument: " + rootMessage(ex)));
		}
		if (ex instanceof IllegalArgumentException && isFromShellParsing(ex)) {
			return Optional.of(new Outcome(ExitCodes.USAGE, ex.getMessage()));
		}
		if (ex instanceof InterruptedException) {
			return Optional.of(new Outcome(ExitCodes.INTERNAL, "interrupted"));
		}
		return Optional.empty();
	}

	private static int exitCode(VeracodeApiException.Kind kind) {
		return switch (kind) {
			case BAD_REQUEST -> ExitCodes.USAGE;
			case REFUSED -> ExitCodes.REFUSED;
			case NOT_FOUND -> ExitCodes.NOT_FOUND;
			case REMOTE -> ExitCodes.REMOTE;
		};
	}

	/**
	 * The exit code of {@code profile check}, by its worst status: a profile the file
	 * cannot give a key for is a credentials problem (3), and so is a key that expires
	 * soon but still works: it needs new credentials; a key the API refuses, or reports
	 * expired, is 4; a host that could not be asked in time is 6.
	 */
	static int exitCode(KeyStatus worst) {
		return switch (worst) {
			case VALID -> ExitCodes.OK;
			case EXPIRING, MALFORMED -> ExitCodes.CREDENTIALS;
			case REVOKED, EXPIRED, FORBIDDEN -> ExitCodes.REFUSED;
			case UNREACHABLE -> ExitCodes.REMOTE;
		};
	}

	/**
	 * Spring Shell's own statuses are negative: usage (-2), availability (-3), execution
	 * (-1).
	 */
	private static Outcome status(ExitStatus status) {
		int code = (status.code() == ExitStatus.USAGE_ERROR.code()) ? ExitCodes.USAGE
				: (status.code() < 0) ? ExitCodes.INTERNAL : status.code();
		return new Outcome(code, status.description());
	}

	/** The cause of a failure: wrappers (reflection's, Spring's) are looked through. */
	private static Throwable next(Throwable ex) {
		Throwable cause = ex.getCause();
		return (cause != ex) ? cause : null;
	}

	/**
	 * Spring Shell reports a missing required option or value as
	 * IllegalArgumentException.
	 */
	private static boolean isFromShellParsing(Throwable ex) {
		StackTraceElement[] trace = ex.getStackTrace();
		return trace.length > 0 && trace[0].getClassName().startsWith("org.springframework.shell");
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return (message != null) ? message : root.getClass().getSimpleName();
	}

	/**
	 * What a failure means for the user.
	 *
	 * @param code the exit code
	 * @param message the line after {@code error: }
	 */
	record Outcome(int code, String message) {
	}

}
