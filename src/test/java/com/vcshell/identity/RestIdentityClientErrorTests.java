package com.vcshell.identity;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.identity.VeracodeApiException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.ExpectedCount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withException;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/** Error mapping, retries and the never-retry rule for generates. */
class RestIdentityClientErrorTests {

	private static final String USER_ID = "7f3c5a8e-1b2d-4c6e-9f00-123456789abc";

	private static final String SELF = ApiFixture.BASE + "/api/authn/v2/users/self";

	private static final String CREDENTIALS = ApiFixture.BASE + "/api/authn/v2/api_credentials";

	private ApiFixture api = new ApiFixture();

	@Test
	void badRequestQuotesTheServerMessageButNotTheBody() {
		this.api.server.expect(requestTo(ApiFixture.BASE + "/api/authn/v2/users/abcd"))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
				.body("{\"http_code\":400,\"http_status\":\"Bad Request\",\"message\":\"Invalid UUID\\nstring: abcd\"}"));
		VeracodeApiException ex = fail(() -> this.api.client.user("abcd"));
		assertThat(ex.kind()).isEqualTo(Kind.BAD_REQUEST);
		assertThat(ex.status()).isEqualTo(400);
		assertThat(ex.getMessage()).isEqualTo(
				"400 Bad Request on GET /api/authn/v2/users/abcd: the API rejected the request: Invalid UUID string: abcd");
	}

	@Test
	void unauthorizedWithAKeyFromAnotherRegionSaysWrongRegion() {
		this.api = new ApiFixture(ApiFixture.BASE,
				ApiCredentials.of("vera01ei-" + ApiFixture.ID, "vera01es-" + ApiFixture.SECRET));
		this.api.server.expect(requestTo(SELF))
			.andRespond(withStatus(HttpStatus.UNAUTHORIZED).header("Date", httpDate(Duration.ofHours(-2))));
		VeracodeApiException ex = fail(() -> this.api.client.self());
		assertThat(ex.kind()).isEqualTo(Kind.REFUSED);
		assertThat(ex.getMessage()).isEqualTo("401 Unauthorized on GET /api/authn/v2/users/self: wrong region:"
				+ " the key is for eu (api.veracode.eu) but requests go to api.veracode.com");
	}

	@Test
	void unauthorizedWithTheServerClockFarBehindSaysClockSkew() {
		this.api.server.expect(requestTo(SELF))
			.andRespond(withStatus(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON)
				.header("Date", httpDate(Duration.ofSeconds(-300)))
				.body("{\"error\":\"invalid_token\",\"error_description\":\"Signature expired\"}"));
		VeracodeApiException ex = fail(() -> this.api.client.self());
		assertThat(ex.getMessage()).isEqualTo("401 Unauthorized on GET /api/authn/v2/users/self: clock skew: this"
				+ " machine's clock is 300 s ahead of the server's; sync it with NTP (server says: Signature expired)");
	}

	@Test
	void unauthorizedWithTheServerClockAheadSaysBehind() {
		this.api.server.expect(requestTo(SELF))
			.andRespond(withStatus(HttpStatus.UNAUTHORIZED).header("Date", httpDate(Duration.ofSeconds(95))));
		assertThat(fail(() -> this.api.client.self()).getMessage()).contains("clock is 95 s behind the server's");
	}

	@Test
	void unauthorizedWithMatchingRegionAndClockSuspectsTheKey() {
		this.api.server.expect(requestTo(SELF))
			.andRespond(withStatus(HttpStatus.UNAUTHORIZED).header("Date", httpDate(Duration.ofSeconds(30))));
		assertThat(fail(() -> this.api.client.self()).getMessage())
			.isEqualTo("401 Unauthorized on GET /api/authn/v2/users/self: the key may be revoked, expired or wrong;"
					+ " check the profile (profile show) or generate new credentials");
	}

	@Test
	void forbiddenNamesTheRoleNeeded() {
		this.api.server.expect(requestTo(ApiFixture.BASE + "/api/authn/v2/users?page=0&size=50"))
			.andRespond(withStatus(HttpStatus.FORBIDDEN));
		VeracodeApiException ex = fail(() -> this.api.client.users(0, 50));
		assertThat(ex.kind()).isEqualTo(Kind.REFUSED);
		assertThat(ex.getMessage()).isEqualTo("403 Forbidden on GET /api/authn/v2/users: your account lacks the role:"
				+ " needs Admin API (API account) or Administrator (user)");
	}

	@Test
	void notFoundNamesWhatWasMissing() {
		this.api.server.expect(requestTo(CREDENTIALS + "/user_id/" + USER_ID))
			.andRespond(withStatus(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
				.body("{\"_embedded\":{\"api_errors\":[{\"title\":\"no such user\"}]}}"));
		VeracodeApiException ex = fail(() -> this.api.client.credentialsForUser(USER_ID));
		assertThat(ex.kind()).isEqualTo(Kind.NOT_FOUND);
		assertThat(ex.getMessage()).isEqualTo("404 Not Found on GET /api/authn/v2/api_credentials/user_id/" + USER_ID
				+ ": not found: API credentials of user " + USER_ID);
	}

	@Test
	void tooManyRequestsWaitsRetryAfterAndRetriesWithAFreshSignature() {
		this.api.server.expect(requestTo(SELF))
			.andExpect(this.api.signed())
			.andRespond(withStatus(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "7"));
		this.api.server.expect(requestTo(SELF))
			.andExpect(this.api.signed())
			.andRespond(withStatus(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "3600"));
		this.api.server.expect(requestTo(SELF))
			.andExpect(this.api.signed())
			.andRespond(withSuccess("{\"user_name\":\"me\"}", MediaType.APPLICATION_JSON));
		assertThat(this.api.client.self().userName()).isEqualTo("me");
		this.api.server.verify();
		assertThat(this.api.sleeps).containsExactly(Duration.ofSeconds(7), RetryPolicy.MAX_WAIT);
		assertThat(this.api.noncesSeen).hasSize(3).doesNotHaveDuplicates();
	}

	@ParameterizedTest
	@ValueSource(ints = { 429, 502, 503, 504 })
	void retriableStatusesGiveUpAfterFourAttemptsWithBackoff(int status) {
		this.api.server.expect(ExpectedCount.times(4), requestTo(SELF))
			.andExpect(this.api.signed())
			.andRespond(withStatus(HttpStatus.valueOf(status)));
		VeracodeApiException ex = fail(() -> this.api.client.self());
		this.api.server.verify();
		assertThat(ex.kind()).isEqualTo(Kind.REMOTE);
		assertThat(ex.status()).isEqualTo(status);
		assertThat(ex.getMessage()).isEqualTo("Veracode API unavailable (" + ErrorMapper.statusText(status)
				+ ") after 4 attempts on GET /api/authn/v2/users/self; try again later");
		assertThat(this.api.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
				Duration.ofSeconds(4));
		assertThat(this.api.noncesSeen).hasSize(4).doesNotHaveDuplicates();
	}

	@Test
	void internalServerErrorIsNotRetried() {
		this.api.server.expect(ExpectedCount.once(), requestTo(SELF))
			.andRespond(withStatus(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_JSON)
				.body("{\"errors\":[\"boom\"],\"status\":500}"));
		VeracodeApiException ex = fail(() -> this.api.client.self());
		this.api.server.verify();
		assertThat(ex.kind()).isEqualTo(Kind.REMOTE);
		assertThat(ex.getMessage()).contains("(500 Internal Server Error) after 1 attempt on GET");
	}

	@Test
	void connectionFailuresOfReadsAreRetriedThenReported() {
		this.api.server.expect(ExpectedCount.times(4), requestTo(SELF))
			.andExpect(this.api.signed())
			.andRespond(withException(new ConnectException("Connection refused")));
		VeracodeApiException ex = fail(() -> this.api.client.self());
		this.api.server.verify();
		assertThat(ex.kind()).isEqualTo(Kind.REMOTE);
		assertThat(ex.status()).isZero();
		assertThat(ex.getMessage())
			.isEqualTo("cannot reach api.veracode.com: connection refused (GET /api/authn/v2/users/self, 4 attempts)");
	}

	@Test
	void aTimedOutReadIsRetried() {
		this.api.server.expect(requestTo(SELF)).andRespond(withException(new HttpTimeoutException("timed out")));
		this.api.server.expect(requestTo(SELF))
			.andRespond(withSuccess("{\"user_name\":\"me\"}", MediaType.APPLICATION_JSON));
		assertThat(this.api.client.self().userName()).isEqualTo("me");
		this.api.server.verify();
	}

	@ParameterizedTest
	@ValueSource(ints = { 500, 502, 503, 504 })
	void aGenerateIsNeverRetriedAndA5xxIsAmbiguous(int status) {
		this.api.server.expect(ExpectedCount.once(), requestTo(CREDENTIALS))
			.andExpect(method(HttpMethod.POST))
			.andRespond(withStatus(HttpStatus.valueOf(status)));
		VeracodeApiException ex = fail(() -> this.api.client.generateOwn());
		this.api.server.verify();
		assertThat(ex.kind()).isEqualTo(Kind.REMOTE);
		assertThat(ex.outcomeUnknown()).isTrue();
		assertThat(ex.getMessage()).isEqualTo("generating credentials failed (" + ErrorMapper.statusText(status)
				+ ") on POST /api/authn/v2/api_credentials: the new credentials may or may not have been generated;"
				+ " check with 'expiration self' before retrying");
		assertThat(this.api.sleeps).isEmpty();
	}

	@Test
	void aGenerateForAUserThatTimesOutIsAmbiguousAndNamesTheUser() {
		this.api.server.expect(ExpectedCount.once(), requestTo(CREDENTIALS + "/user_id/" + USER_ID))
			.andRespond(withException(new SocketTimeoutException("Read timed out")));
		VeracodeApiException ex = fail(() -> this.api.client.generateForUser(USER_ID));
		this.api.server.verify();
		assertThat(ex.outcomeUnknown()).isTrue();
		assertThat(ex.getMessage()).contains("timed out waiting for the response")
			.contains("may or may not have been generated")
			.contains("'expiration user " + USER_ID + "'");
	}

	@Test
	void aGenerateThatCannotConnectGeneratedNothing() {
		this.api.server.expect(ExpectedCount.once(), requestTo(CREDENTIALS))
			.andRespond(withException(new ConnectException()));
		VeracodeApiException ex = fail(() -> this.api.client.generateOwn());
		this.api.server.verify();
		assertThat(ex.outcomeUnknown()).isFalse();
		assertThat(ex.getMessage()).endsWith("; nothing was generated");
	}

	@Test
	void aGenerateAnsweredWithoutAPairIsAmbiguous() {
		this.api.server.expect(requestTo(CREDENTIALS)).andRespond(withSuccess());
		VeracodeApiException ex = fail(() -> this.api.client.generateOwn());
		assertThat(ex.outcomeUnknown()).isTrue();
		assertThat(ex.getMessage()).contains("200 OK without a complete credential pair");
	}

	@Test
	void aDeleteIsNotRetried() {
		this.api.server.expect(ExpectedCount.once(), requestTo(CREDENTIALS + "/" + ApiFixture.ID))
			.andExpect(method(HttpMethod.DELETE))
			.andRespond(withStatus(HttpStatus.SERVICE_UNAVAILABLE));
		VeracodeApiException ex = fail(() -> this.api.client.revokeById(ApiFixture.ID));
		this.api.server.verify();
		assertThat(ex.getMessage()).contains("after 1 attempt on DELETE /api/authn/v2/api_credentials/");
	}

	@Test
	void aSecretEchoedByTheServerNeverReachesTheMessage() {
		this.api.server.expect(requestTo(SELF))
			.andRespond(withStatus(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON)
				.body("{\"message\":\"bad key " + ApiFixture.SECRET + "\"}"));
		VeracodeApiException ex = fail(() -> this.api.client.self());
		assertThat(ex.getMessage()).doesNotContain(ApiFixture.SECRET).contains("bad key ****");
	}

	@Test
	void aSuccessThatIsNotJsonIsReported() {
		this.api.server.expect(requestTo(SELF)).andRespond(withSuccess("<html>login</html>", MediaType.TEXT_HTML));
		VeracodeApiException ex = fail(() -> this.api.client.self());
		assertThat(ex.kind()).isEqualTo(Kind.REMOTE);
		assertThat(ex.getMessage()).doesNotContain("html").contains("not the JSON expected");
	}

	@Test
	void anEmptyCredentialsBodyMeansNoCredentialsButAnEmptyUserIsAnError() {
		this.api.server.expect(requestTo(CREDENTIALS)).andRespond(withSuccess());
		this.api.server.expect(requestTo(SELF)).andRespond(withSuccess());
		assertThat(this.api.client.ownCredentials().exists()).isFalse();
		assertThat(fail(() -> this.api.client.self()).getMessage()).contains("not the JSON expected");
	}

	@Test
	void aUserWithoutIdIsNotSentForButReportedInOneLine() {
		VeracodeApiException ex = fail(() -> this.api.client.credentialsForUser(null));
		this.api.server.verify();
		assertThat(ex.kind()).isEqualTo(Kind.REMOTE);
		assertThat(ex.getMessage()).isEqualTo(
				"cannot send GET /api/authn/v2/api_credentials/user_id/<userId>: no userId is known (the API gave none)");
	}

	private static String httpDate(Duration serverMinusLocal) {
		return DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ApiFixture.NOW.plus(serverMinusLocal).atZone(ZoneOffset.UTC));
	}

	private static VeracodeApiException fail(Runnable call) {
		VeracodeApiException ex = catchThrowableOfType(VeracodeApiException.class, call::run);
		assertThat(ex).as("a VeracodeApiException").isNotNull();
		assertThat(ex.getMessage()).doesNotContain("\n").doesNotContain("{");
		return ex;
	}

}
