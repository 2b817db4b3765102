package com.vcshell.identity;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.test.web.client.ExpectedCount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.anything;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * For every call, what {@code --dry-run} reports is what the real client sends: method,
 * encoded URL, content type and body, both derived from the one endpoint table.
 */
class DryRunMatchesTheWireTests {

	private static final String USER_ID = "7f3c5a8e-1b2d-4c6e-9f00-123456789abc";

	private static final String ANSWER = "{\"api_id\":\"a1\",\"api_secret\":\"" + "ab".repeat(64) + "\"}";

	static Stream<Arguments> calls() {
		return Stream.of(call("ownCredentials", IdentityClient::ownCredentials),
				call("generateOwn", IdentityClient::generateOwn), call("revokeOwn", IdentityClient::revokeOwn),
				call("revokeById", (c) -> c.revokeById(ApiFixture.ID)),
				call("credentialsForUser", (c) -> c.credentialsForUser(USER_ID)),
				call("generateForUser", (c) -> c.generateForUser(USER_ID)),
				call("revokeForUser", (c) -> c.revokeForUser(USER_ID)), call("self", IdentityClient::self),
				call("user", (c) -> c.user("a/b c@d")), call("users", (c) -> c.users(1, 20)),
				call("searchUsers", (c) -> c.searchUsers("ann smith+x@example.com", UserType.API, 0, 50)),
				call("searchUsers without term", (c) -> c.searchUsers(null, UserType.USER, 2, 5)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("calls")
	void theDryRunReportsWhatTheClientSends(String name, Consumer<IdentityClient> call) {
		ApiFixture api = new ApiFixture();
		List<String> sent = new ArrayList<>();
		api.server.expect(ExpectedCount.manyTimes(), anything()).andExpect((request) -> {
			MockClientHttpRequest mock = (MockClientHttpRequest) request;
			sent.add(describe(mock.getMethod().name(), mock.getURI().toString(),
					mock.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE), mock.getBodyAsString()));
		}).andRespond(withSuccess(ANSWER, MediaType.APPLICATION_JSON));
		List<String> reported = new ArrayList<>();
		DryRunIdentityClient dryRun = new DryRunIdentityClient(URI.create(ApiFixture.BASE), () -> api.credentials,
				Clock.fixed(ApiFixture.NOW, ZoneOffset.UTC), () -> new byte[16], reported::add);

		call.accept(api.client);
		call.accept(dryRun);

		assertThat(sent).hasSize(1);
		assertThat(reported.stream().map(DryRunMatchesTheWireTests::fromReport)).containsExactlyElementsOf(sent);
	}

	private static String describe(String method, String url, String contentType, String body) {
		return method + " " + url + " | " + contentType + " | " + body;
	}

	/** The report's parts: {@code METHOD URL}, header lines, a blank line, the body. */
	private static String fromReport(String report) {
		String[] parts = report.split("\n\n", 2);
		String[] lines = parts[0].split("\n");
		String contentType = null;
		for (String line : lines) {
			if (line.startsWith("Content-Type: ")) {
				contentType = line.substring("Content-Type: ".length());
			}
		}
		String[] request = lines[0].split(" ", 2);
		return describe(request[0], request[1], contentType, (parts.length > 1) ? parts[1] : "");
	}

	private static Arguments call(String name, Consumer<IdentityClient> call) {
		return Arguments.of(name, call);
	}

}
