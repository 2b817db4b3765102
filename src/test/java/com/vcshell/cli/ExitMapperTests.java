package com.vcshell.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;

import org.junit.jupiter.api.Test;

import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.shell.core.command.CommandExecutionException;
import org.springframework.shell.core.command.ExitStatus;

import com.vcshell.auth.InvalidCredentialsException;
import com.vcshell.admin.delivery.DeliveryFailedException;
import com.vcshell.admin.fleet.PlanException;
import com.vcshell.identity.VeracodeApiException;
import com.vcshell.output.ConflictingFormatsException;
import com.vcshell.profile.ProfileException;
import com.vcshell.shell.SecretNotSavedException;
import com.vcshell.admin.UsageException;
import com.vcshell.admin.check.KeyStatus;
import com.vcshell.admin.check.ProfileCheckException;
import com.vcshell.shell.runtime.CommandLineException;
import com.vcshell.shell.runtime.FailedStatusException;
import com.vcshell.vault.VaultException;

import static org.assertj.core.api.Assertions.assertThat;

/** The one mapping from failures to exit codes and error lines (design §5). */
class ExitMapperTests {

	@Test
	void theErrorLineIsOneLineWithoutControlCharactersOrKeys() {
		String secret = "ab".repeat(62) + "9f3e";
		StringWriter err = new StringWriter();

		int code = new ExitMapper(false).report(new UsageException("no user named 'x\ny\r\u001b[2J" + secret + "'"),
				new PrintWriter(err));

		assertThat(code).isEqualTo(2);
		assertThat(err.toString())
			.isEqualTo("error: no user named 'x\\ny\\r\\u001B[2J****9f3e'" + System.lineSeparator());
	}

	@Test
	void theDebugTraceIsNeutralisedLineByLine() {
		String secret = "ab".repeat(62) + "9f3e";
		StringWriter err = new StringWriter();

		new ExitMapper(true).report(new UsageException("bad \u001b]0;title\u0007 " + secret), new PrintWriter(err));

		assertThat(err.toString()).doesNotContain(secret).doesNotContain("\u001b").doesNotContain("\u0007");
		assertThat(err.toString().lines()).first()
			.asString()
			.contains("UsageException: bad \\u001B]0;title\\u0007 ****9f3e");
		assertThat(err.toString().lines()).last().isEqualTo("error: bad \\u001B]0;title\\u0007 ****9f3e");
	}

	@Test
	void everyExpectedFailureHasItsExitCode() {
		assertThat(code(new CommandLineException("x"))).isEqualTo(2);
		assertThat(code(new UsageException("x"))).isEqualTo(2);
		assertThat(code(new ConflictingFormatsException())).isEqualTo(2);
		assertThat(code(new ProfileException("x"))).isEqualTo(3);
		assertThat(code(new VaultException("x", new java.io.IOException("disk full")))).isEqualTo(3);
		assertThat(code(new InvalidCredentialsException("x"))).isEqualTo(3);
		assertThat(code(new VeracodeApiException(VeracodeApiException.Kind.BAD_REQUEST, 400, "x"))).isEqualTo(2);
		assertThat(code(new VeracodeApiException(VeracodeApiException.Kind.REFUSED, 401, "x"))).isEqualTo(4);
		assertThat(code(new VeracodeApiException(VeracodeApiException.Kind.NOT_FOUND, 404, "x"))).isEqualTo(5);
		assertThat(code(new VeracodeApiException(VeracodeApiException.Kind.REMOTE, 503, "x"))).isEqualTo(6);
		assertThat(code(new SecretNotSavedException("x"))).isEqualTo(7);
		assertThat(code(new DeliveryFailedException("x"))).isEqualTo(8);
		assertThat(code(new PlanException("x"))).as("a plan is input: usage").isEqualTo(2);
	}

	@Test
	void aFailedProfileCheckExitsWithTheCodeOfItsWorstStatus() {
		assertThat(code(new ProfileCheckException(KeyStatus.EXPIRING, "x"))).isEqualTo(3);
		assertThat(code(new ProfileCheckException(KeyStatus.UNREACHABLE, "x"))).isEqualTo(6);
		assertThat(code(new ProfileCheckException(KeyStatus.FORBIDDEN, "x"))).isEqualTo(4);
		assertThat(code(new ProfileCheckException(KeyStatus.EXPIRED, "x"))).isEqualTo(4);
		assertThat(code(new ProfileCheckException(KeyStatus.REVOKED, "x"))).isEqualTo(4);
		assertThat(code(new ProfileCheckException(KeyStatus.MALFORMED, "x"))).isEqualTo(3);
		assertThat(KeyStatus.worse(KeyStatus.UNREACHABLE, KeyStatus.REVOKED)).isEqualTo(KeyStatus.REVOKED);
		assertThat(KeyStatus.worse(KeyStatus.MALFORMED, KeyStatus.REVOKED)).isEqualTo(KeyStatus.MALFORMED);
	}

	@Test
	void aBadArgumentValueIsAUsageError() {
		ConversionFailedException ex = new ConversionFailedException(TypeDescriptor.valueOf(String.class),
				TypeDescriptor.valueOf(Integer.class), "abc", new NumberFormatException("For input string: \"abc\""));

		assertThat(ExitMapper.outcome(ex))
			.isEqualTo(new ExitMapper.Outcome(2, "bad argument: For input string: \"abc\""));
	}

	@Test
	void aFailingExitStatusKeepsItsCodeAndSpringShellsOwnAreUsageOrInternal() {
		assertThat(code(new FailedStatusException(new ExitStatus(42, "x")))).isEqualTo(42);
		assertThat(code(new FailedStatusException(ExitStatus.USAGE_ERROR))).isEqualTo(2);
		assertThat(code(new FailedStatusException(ExitStatus.AVAILABILITY_ERROR))).isEqualTo(1);
	}

	@Test
	void anythingElseIsAnInternalErrorPointingAtDebug() {
		ExitMapper.Outcome outcome = ExitMapper.outcome(new CommandExecutionException("wrapper",
				new InvocationTargetException(new NullPointerException("boom"))));

		assertThat(outcome)
			.isEqualTo(new ExitMapper.Outcome(1, "unexpected internal error: boom (run with --debug for details)"));
	}

	@Test
	void wrappersAreLookedThroughToTheDomainMessage() {
		ExitMapper.Outcome outcome = ExitMapper
			.outcome(new CommandExecutionException("Unable to execute command profile use",
					new InvocationTargetException(new ProfileException("no profile [x] in /tmp/c"))));

		assertThat(outcome).isEqualTo(new ExitMapper.Outcome(3, "no profile [x] in /tmp/c"));
	}

	@Test
	void reportsOneLineWithoutDebug() {
		StringWriter err = new StringWriter();

		int code = new ExitMapper(false).report(new InvocationTargetException(new ProfileException("no profile [x]")),
				new PrintWriter(err));

		assertThat(code).isEqualTo(3);
		assertThat(err.toString()).isEqualTo("error: no profile [x]" + System.lineSeparator());
	}

	@Test
	void debugPutsTheStackTraceBeforeTheLine() {
		StringWriter err = new StringWriter();

		int code = new ExitMapper(true).report(new InvocationTargetException(new ProfileException("no profile [x]")),
				new PrintWriter(err));

		assertThat(code).isEqualTo(3);
		assertThat(err.toString()).startsWith(InvocationTargetException.class.getName())
			.contains("Caused by: " + ProfileException.class.getName() + ": no profile [x]")
			.contains("\tat ")
			.endsWith("error: no profile [x]" + System.lineSeparator());
	}

	private static int code(Exception ex) {
		return ExitMapper.outcome(ex).code();
	}

}
