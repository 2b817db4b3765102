package com.vcshell.shell;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.vcshell.cli.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 §4: what was accepted silently or echoed raw is one clean line with exit code
 * 2, and nothing is sent.
 */
class BadInputLinesTests extends EmulatorShellFixture {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					whoami extra                        | 'whoami' takes no arguments, but was given 'extra'
					profile list extra                  | 'profile list' takes no arguments, but was given 'extra'
					format json table                   | 'format' takes one argument (format <format>), but was given 2: 'json' 'table'
					exit now                            | 'exit' takes no arguments, but was given 'now'
					quit now                            | 'quit' takes no arguments, but was given 'now'
					expiration report --within ７       | option --within needs a whole number written with the digits 0-9, not '７'
					expiration report --within ٣        | option --within needs a whole number written with the digits 0-9, not '٣'
					expiration report --within +3       | option --within needs a whole number written with the digits 0-9, not '+3'
					expiration report --within 1e3      | option --within needs a whole number written with the digits 0-9, not '1e3'
					expiration report --within 3000000000 | option --within needs a number from -2147483648 to 2147483647, not 3000000000
					expiration report --within 3 --within 4 | option --within is given more than once for 'expiration report': give it once
					users list --type ''                | option --type needs a value, not an empty one
					whoami --json --json                | option --json is given more than once for 'whoami': give it once
					whoami --json=yes                   | option --json takes no value (or =true, =false), not 'yes'
					help help help                      | no command 'help help' (try 'help')
					version extra                       | 'version' takes no arguments, but was given 'extra'
					profile check --within ７           | option --within needs a whole number written with the digits 0-9, not '７'
					profile check --csv --csv           | option --csv is given more than once for 'profile check': give it once
					""")
	void silentlyAcceptedLinesAreUsageErrors(String line, String message) {
		long before = requests();

		int code = run(line);

		assertThat(code).as(err()).isEqualTo(ExitCodes.USAGE);
		assertThat(err().lines()).containsExactly("error: " + message);
		assertThat(out()).isEmpty();
		assertThat(requests()).isEqualTo(before);
	}

	@Test
	void controlCharactersInWhatTheUserTypedAreEscapedInTheErrorLine() {
		List<String> lines = List.of("users show \"a\nb\"", "expiration user 'x\ry'", "format '\u001b[2Jx'",
				"'\u001b]0;title\u0007'", "revoke user 'left\u202eright' --yes", "users list --type '\u0085'",
				"script 'a\u0000b'");
		List<String> expected = List.of("error: no user named 'a\\nb'", "error: no user named 'x\\ry'",
				"error: unknown output format '\\u001B[2Jx': use json or table",
				"error: unknown command '\\u001B]0;title\\u0007' (try 'help')",
				"error: no user named 'left\\u202Eright'",
				"error: unknown user type '\\u0085': use --type api or --type user",
				"error: script file a\\u0000b is not a valid path: Nul character not allowed");
		for (int i = 0; i < lines.size(); i++) {
			ERR.reset();

			run(lines.get(i));

			assertThat(err().lines()).as(lines.get(i)).containsExactly(expected.get(i));
		}
	}

	@Test
	void aNumberInAsciiDigitsStillWorks() {
		assertThat(run("expiration report --within 007")).as(err()).isZero();
		assertThat(run("expiration report --within=30 --json")).as(err()).isZero();
	}

}
