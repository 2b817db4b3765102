package com.vcshell.shell;

import com.vcshell.auth.InvalidCredentialsException;
import com.vcshell.identity.VeracodeApiException;
import com.vcshell.output.ConflictingFormatsException;
import com.vcshell.profile.ProfileException;

import org.springframework.core.convert.ConversionException;
import org.springframework.shell.core.command.CommandExecutionException;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.exit.ExitStatusExceptionMapper;
import org.springframework.stereotype.Component;

/**
 * Turns every exception a command can raise into an exit code and one line for the user
 * (design §5). Expected failures carry messages written for people; anything else is an
 * internal error whose details only {@code --debug} shows.
 */
@Component("shellExceptionMapper")
public class ShellExceptionMapper implements ExitStatusExceptionMapper {

	@Override
	public ExitStatus apply(Exception exception) {
		return map(exception);
	}

	/** The exit status for a failure, unwrapping the shell's own wrapper exceptions. */
	public ExitStatus map(Throwable failure) {
		Throwable ex = unwrap(failure);
		if (ex instanceof UsageException) {
			return new ExitStatus(ExitCodes.USAGE, ex.getMessage());
		}
		if (ex instanceof ScriptFailedException script) {
			return new ExitStatus(script.exitCode(), ex.getMessage());
		}
		if (ex instanceof ConflictingFormatsException) {
			return new ExitStatus(ExitCodes.USAGE, ex.getMessage());
		}
		if (ex instanceof ProfileException) {
			return new ExitStatus(ExitCodes.CREDENTIALS, ex.getMessage());
		}
		if (ex instanceof InvalidCredentialsException) {
			return new ExitStatus(ExitCodes.CREDENTIALS, "invalid credentials: " + ex.getMessage());
		}
		if (ex instanceof SecretNotSavedException) {
			return new ExitStatus(ExitCodes.NOT_SAVED, ex.getMessage());
		}
		if (ex instanceof VeracodeApiException api) {
			return new ExitStatus(exitCode(api.kind()), ex.getMessage());
		}
		if (ex instanceof ConversionException) {
			return new ExitStatus(ExitCodes.USAGE, "bad argument: " + rootMessage(ex));
		}
		if (ex instanceof IllegalArgumentException && isFromShellParsing(ex)) {
			return new ExitStatus(ExitCodes.USAGE, ex.getMessage());
		}
		if (ex instanceof InterruptedException) {
			return new ExitStatus(ExitCodes.INTERNAL, "interrupted");
		}
		return new ExitStatus(ExitCodes.INTERNAL,
				"unexpected internal error: " + rootMessage(ex) + " (run with --debug for details)");
	}

	private static int exitCode(VeracodeApiException.Kind kind) {
		return switch (kind) {
			case BAD_REQUEST -> ExitCodes.USAGE;
			case REFUSED -> ExitCodes.REFUSED;
			case NOT_FOUND -> ExitCodes.NOT_FOUND;
			case REMOTE -> ExitCodes.REMOTE;
		};
	}

	private static Throwable unwrap(Throwable ex) {
		Throwable current = ex;
		while ((current instanceof CommandExecutionException
				|| current instanceof java.lang.reflect.InvocationTargetException
				|| current instanceof java.lang.reflect.UndeclaredThrowableException) && current.getCause() != null) {
			current = current.getCause();
		}
		return current;
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

}
