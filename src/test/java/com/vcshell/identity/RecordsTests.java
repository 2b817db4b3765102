package com.vcshell.identity;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Timestamps, masking and the user helpers. */
class RecordsTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			2025-06-01T10:00:00.000+0000  | 2025-06-01T10:00:00Z
			2025-06-01T12:00:00.000+0200  | 2025-06-01T10:00:00Z
			2025-06-01T10:00:00Z          | 2025-06-01T10:00:00Z
			2025-06-01T10:00:00.123456Z   | 2025-06-01T10:00:00.123456Z
			2025-06-01T11:00:00+01:00     | 2025-06-01T10:00:00Z
			2006-01-02 15:04:05 UTC       | 2006-01-02T15:04:05Z
			2025-06-01T10:00:00           | 2025-06-01T10:00:00Z
			1748772000000                 | 2025-06-01T10:00:00Z
			""")
	void timestampsParseLeniently(String text, String expected) {
		assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse(expected));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  ", "not a date", "2025-13-45T99:00:00Z" })
	void missingOrUnknownTimestampsAreNull(String text) {
		assertThat(Timestamps.parse(text)).isNull();
	}

	@Test
	void generatedCredentialsMaskTheSecretInToString() {
		String secret = "ab".repeat(62) + "9f3e";
		GeneratedCredentials generated = new GeneratedCredentials("id1", secret, null);
		assertThat(generated.toString()).doesNotContain(secret)
			.doesNotContain("abab")
			.contains("apiSecret=****9f3e")
			.contains("apiId=id1");
		assertThat(generated.maskedSecret()).isEqualTo("****9f3e");
		assertThat(generated.isComplete()).isTrue();
		assertThat(GeneratedCredentials.DRY_RUN.isComplete()).isFalse();
		assertThat(GeneratedCredentials.DRY_RUN.toString()).contains("apiSecret=****");
	}

	@ParameterizedTest
	@CsvSource({ "extadmin,", "administrator,", "teamAdmin,", ",Admin API", ",Administrator" })
	void adminRolesMakeAnAdmin(String name, String description) {
		User user = new User("1", "u", null, null, null, "USER", null, List.of(new Role(name, description)), null);
		assertThat(user.isAdmin()).isTrue();
	}

	@Test
	void otherRolesDoNot() {
		User user = new User("1", "u", null, null, null, null, null,
				List.of(new Role("uploadapi", "Upload API"), new Role("resultsapi", null)), null);
		assertThat(user.isAdmin()).isFalse();
		assertThat(user.isApiAccount()).isFalse();
		assertThat(new User("1", "u", null, null, null, null, null, null, null).roles()).isEmpty();
	}

	@Test
	void apiAccountsAreRecognisedByTypeOrFlag() {
		assertThat(new User("1", "u", null, null, null, "API", null, null, null).isApiAccount()).isTrue();
		assertThat(new User("1", "u", null, null, null, null, true, null, null).isApiAccount()).isTrue();
	}

	@Test
	void userPageKnowsWhetherMoreFollow() {
		User u = new User("1", "u", null, null, null, null, null, null, null);
		assertThat(new UserPage(List.of(u), 0, 1, 2, 2).hasNext()).isTrue();
		assertThat(new UserPage(List.of(u), 1, 1, 2, 2).hasNext()).isFalse();
		assertThat(UserPage.empty(0, 50).hasNext()).isFalse();
	}

}
