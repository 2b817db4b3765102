package com.vcshell.shell;

import org.junit.jupiter.api.Test;

import com.vcshell.auth.Masking;
import com.vcshell.cli.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lines under {@code profile check}'s table are messages like any other: a server's
 * message quoted in them has its api id masked (it is not a result about that id), and
 * only the table shows the key id, masked too.
 */
class ProfileCheckProblemLinesTests extends EmulatorShellFixture {

	@Test
	void theServersMessageAboutARevokedKeyIsMaskedInTheProblemLine() {
		String revoked = this.emulator.currentApiId(this.emulator.readOnly().userId()).orElseThrow();
		assertThat(run("revoke user " + this.emulator.readOnly().userName() + " --yes")).as(err()).isZero();
		OUT.reset();

		int code = run("profile check demo-readonly");

		assertThat(code).isEqualTo(ExitCodes.REFUSED);
		assertThat(out()).doesNotContain(revoked)
			.contains("[demo-readonly] 401 Unauthorized on GET /api/authn/v2/api_credentials")
			.contains("(server says: API credentials " + Masking.mask(revoked) + " have been revoked)");
	}

}
