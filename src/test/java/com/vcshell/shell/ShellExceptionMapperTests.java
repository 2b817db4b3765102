package com.vcshell.shell;

import java.lang.reflect.InvocationTargetException;

import org.junit.jupiter.api.Test;

import org.springframework.shell.core.command.CommandExecutionException;
import org.springframework.shell.core.command.ExitStatus;

import com.vcshell.auth.InvalidCredentialsException;
import com.vcshell.identity.VeracodeApiException;
import com.vcshell.profile.ProfileException;

import static org.assertj.core.api.Assertions.assertThat;

class ShellExceptionMapperTests {

	private final ShellExceptionMapper mapper = new ShellExceptionMapper();

	@Test
	void everyExpectedFailureHasItsExitCode() {
		assertThat(code(new UsageException("x"))).isEqualTo(2);
		assertThat(code(new ProfileException("x"))).isEqualTo(3);
		assertThat(code(new InvalidCredentialsException("x"))).isEqualTo(3);
		assertThat(code(new VeracodeApiException(VeracodeApiException.Kind.BAD_REQUEST, 400, "x"))).isEqualTo(2);
		assertThat(code(new VeracodeApiException(VeracodeApiException.Kind.REFUSED, 401, "x"))).isEqualTo(4);
		assertThat(code(new VeracodeApiException(VeracodeApiException.Kind.NOT_FOUND, 404, "x"))).isEqualTo(5);
		assertThat(code(new VeracodeApiException(VeracodeApiException.Kind.REMOTE, 503, "x"))).isEqualTo(6);
		assertThat(code(new SecretNotSavedException("x"))).isEqualTo(7);
	}

	@Test
	void anythingElseIsAnInternalErrorPointingAtDebug() {
		ExitStatus status = this.mapper.map(new CommandExecutionException("wrapper",
				new InvocationTargetException(new NullPointerException("boom"))));

		assertThat(status.code()).isEqualTo(1);
		assertThat(status.description()).isEqualTo("unexpected internal error: boom (run with --debug for details)");
	}

	@Test
	void wrappersAreUnwrappedToTheDomainMessage() {
		ExitStatus status = this.mapper.map(new CommandExecutionException("Unable to execute command profile use",
				new InvocationTargetException(new ProfileException("no profile [x] in /tmp/c"))));

		assertThat(status).isEqualTo(new ExitStatus(3, "no profile [x] in /tmp/c"));
	}

	private int code(Exception ex) {
		return this.mapper.map(ex).code();
	}

}
