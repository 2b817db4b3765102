package com.vcshell.identity;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A short message from each of Veracode's error body shapes (protocol §4.4). */
class ErrorBodiesTests {

	private final IdentityJson json = new IdentityJson();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					{"http_code":400,"http_status":"Bad Request","message":"Invalid UUID string: abcd"} | Invalid UUID string: abcd
					{"errors":["team_id: Invalid value.","role_id: not a valid GUID"],"status":400}     | team_id: Invalid value.; role_id: not a valid GUID
					{"_embedded":{"api_errors":[{"id":"1","code":"NOT_FOUND","title":"User not found","status":"404"}]}} | User not found
					{"error":"invalid_client","error_description":"Bad credentials"}                    | Bad credentials
					{"error":"invalid_client"}                                                          | invalid_client
					{"errors":[{"message":"first"},{"detail":"second"}]}                                | first; second
					""")
	void messagesAreFoundInEveryShape(String body, String expected) {
		assertThat(message(body)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "<html>Bad gateway</html>", "[1,2]", "{}", "{\"message\":\"  \"}", "\"text\"" })
	void bodiesWithoutAMessageGiveNone(String body) {
		assertThat(message(body)).isNull();
	}

	@ParameterizedTest
	@ValueSource(ints = { 250, 5000 })
	void longMessagesAreCutToOneShortLine(int length) {
		String message = message("{\"message\":\"" + "line\\r\\n".repeat(length) + "\"}");
		assertThat(message).hasSizeLessThanOrEqualTo(ErrorBodies.MAX_LENGTH).doesNotContain("\n").endsWith("…");
	}

	private String message(String body) {
		return ErrorBodies.message(this.json.tree(body.getBytes(StandardCharsets.UTF_8)));
	}

}
