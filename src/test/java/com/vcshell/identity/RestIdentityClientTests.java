package com.vcshell.identity;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.headerDoesNotExist;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withNoContent;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * Every endpoint: method, exact encoded URL, signed headers, body, and the parsed result.
 */
class RestIdentityClientTests {

	private static final String USER_ID = "7f3c5a8e-1b2d-4c6e-9f00-123456789abc";

	private final ApiFixture api = new ApiFixture();

	@Test
	void ownCredentialsIsASignedGetWithoutBody() {
		// given
		this.api.server.expect(requestTo(ApiFixture.BASE + "/api/authn/v2/api_credentials"))
			.andExpect(method(HttpMethod.GET))
			.andExpect(this.api.signed())
			.andExpect(header("Accept", "application/json"))
			.andExpect(headerDoesNotExist("Content-Type"))
			.andRespond(withSuccess("""
					{"api_id":"abc","expiration_ts":"2025-06-01T10:00:00.000+0000","created_ts":"2024-06-01T10:00:00Z",
					 "unknown_field":{"x":1},"_links":{}}""", MediaType.APPLICATION_JSON));
		// when
		ApiCredentialsInfo info = this.api.client.ownCredentials();
		// then
		this.api.server.verify();
		assertThat(info.apiId()).isEqualTo("abc");
		assertThat(info.expiration()).isEqualTo(Instant.parse("2025-06-01T10:00:00Z"));
		assertThat(info.created()).isEqualTo(Instant.parse("2024-06-01T10:00:00Z"));
		assertThat(info.isRevoked()).isFalse();
	}

	@Test
	void generateOwnPostsAnEmptyJsonObject() {
		this.api.server.expect(requestTo(ApiFixture.BASE + "/api/authn/v2/api_credentials"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(this.api.signed())
			.andExpect(header("Content-Type", "application/json"))
			.andExpect(header("Accept", "application/json"))
			.andExpect(content().string("{}"))
			.andRespond(withSuccess("{\"api_id\":\"newid\",\"api_secret\":\"" + "ab".repeat(64)
					+ "\",\"expiration_ts\":\"2026-06-01 10:00:00 UTC\"}", MediaType.APPLICATION_JSON));
		GeneratedCredentials generated = this.api.client.generateOwn();
		this.api.server.verify();
		assertThat(generated.apiId()).isEqualTo("newid");
		assertThat(generated.apiSecret()).isEqualTo("ab".repeat(64));
		assertThat(generated.expiration()).isEqualTo(Instant.parse("2026-06-01T10:00:00Z"));
	}

	@Test
	void revokeOwnIsADeleteWithJsonContentType() {
		this.api.server.expect(requestTo(ApiFixture.BASE + "/api/authn/v2/api_credentials"))
			.andExpect(method(HttpMethod.DELETE))
			.andExpect(this.api.signed())
			.andExpect(header("Content-Type", "application/json"))
			.andRespond(withNoContent());
		this.api.client.revokeOwn();
		this.api.server.verify();
	}

	@Test
	void revokeByIdIsADeleteOfThatId() {
		this.api.server.expect(requestTo(ApiFixture.BASE + "/api/authn/v2/api_credentials/" + ApiFixture.ID))
			.andExpect(method(HttpMethod.DELETE))
			.andExpect(this.api.signed())
			.andExpect(header("Content-Type", "application/json"))
			.andExpect(content().string(""))
			.andRespond(withSuccess());
		this.api.client.revokeById(ApiFixture.ID);
		this.api.server.verify();
	}

	@Test
	void revocationTimestampsWithAnOffsetAreRead() {
		this.api.server.expect(requestTo(ApiFixture.BASE + "/api/authn/v2/api_credentials"))
			.andRespond(withSuccess(
					"{\"api_id\":\"" + ApiFixture.ID
							+ "\",\"revocation_ts\":\"2025-01-01T00:00:00+01:00\",\"revocation_user\":\"admin\"}",
					MediaType.APPLICATION_JSON));
		ApiCredentialsInfo info = this.api.client.ownCredentials();
		this.api.server.verify();
		assertThat(info.revoked()).isEqualTo(Instant.parse("2024-12-31T23:00:00Z"));
		assertThat(info.revokedBy()).isEqualTo("admin");
	}

	@Test
	void perUserCredentialsEndpoints() {
		String path = ApiFixture.BASE + "/api/authn/v2/api_credentials/user_id/" + USER_ID;
		this.api.server.expect(requestTo(path))
			.andExpect(method(HttpMethod.GET))
			.andExpect(this.api.signed())
			.andRespond(withSuccess("{\"api_id\":\"u1\",\"expiration_ts\":\"\"}", MediaType.APPLICATION_JSON));
		this.api.server.expect(requestTo(path))
			.andExpect(method(HttpMethod.POST))
			.andExpect(this.api.signed())
			.andExpect(header("Content-Type", "application/json"))
			.andExpect(content().string("{}"))
			.andRespond(withStatus(org.springframework.http.HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
				.body("{\"api_id\":\"u2\",\"api_secret\":\"" + "cd".repeat(64) + "\"}"));
		this.api.server.expect(requestTo(path))
			.andExpect(method(HttpMethod.DELETE))
			.andExpect(this.api.signed())
			.andExpect(header("Content-Type", "application/json"))
			.andRespond(withNoContent());
		assertThat(this.api.client.credentialsForUser(USER_ID).expiration()).isNull();
		assertThat(this.api.client.generateForUser(USER_ID).apiId()).isEqualTo("u2");
		this.api.client.revokeForUser(USER_ID);
		this.api.server.verify();
	}

	@Test
	void selfAndOneUser() {
		this.api.server.expect(requestTo(ApiFixture.BASE + "/api/authn/v2/users/self"))
			.andExpect(method(HttpMethod.GET))
			.andExpect(this.api.signed())
			.andRespond(withSuccess("""
					{"user_id":"%s","user_name":"admin-api","account_type":"API","roles":[
					 {"role_name":"extadmin","role_description":"Admin API"}],
					 "api_credentials":{"api_id":"%s","expiration_ts":"2026-01-01T00:00:00.000Z"}}""".formatted(USER_ID,
					ApiFixture.ID), MediaType.APPLICATION_JSON));
		this.api.server.expect(requestTo(ApiFixture.BASE + "/api/authn/v2/users/" + USER_ID))
			.andExpect(method(HttpMethod.GET))
			.andExpect(this.api.signed())
			.andRespond(withSuccess("{\"user_id\":\"" + USER_ID + "\",\"user_name\":\"alice\",\"roles\":[]}",
					MediaType.APPLICATION_JSON));
		User self = this.api.client.self();
		User alice = this.api.client.user(USER_ID);
		this.api.server.verify();
		assertThat(self.isApiAccount()).isTrue();
		assertThat(self.isAdmin()).isTrue();
		assertThat(self.apiCredentials().apiId()).isEqualTo(ApiFixture.ID);
		assertThat(alice.userName()).isEqualTo("alice");
		assertThat(alice.isAdmin()).isFalse();
	}

	@Test
	void userPathValuesAreEncodedStrictly() {
		this.api.server.expect(requestTo(ApiFixture.BASE + "/api/authn/v2/users/a%2Fb%20c"))
			.andExpect(this.api.signed())
			.andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));
		this.api.client.user("a/b c");
		this.api.server.verify();
	}

	@Test
	void listUsersSendsPageAndSize() {
		this.api.server.expect(requestTo(ApiFixture.BASE + "/api/authn/v2/users?page=2&size=10"))
			.andExpect(method(HttpMethod.GET))
			.andExpect(this.api.signed())
			.andRespond(withSuccess("""
					{"_embedded":{"users":[{"user_id":"1","user_name":"a"},{"user_id":"2","user_name":"b"}]},
					 "page":{"size":10,"total_elements":22,"total_pages":3,"number":2}}""",
					MediaType.APPLICATION_JSON));
		UserPage page = this.api.client.users(2, 10);
		this.api.server.verify();
		assertThat(page.users()).extracting(User::userName).containsExactly("a", "b");
		assertThat(page).extracting(UserPage::number, UserPage::size, UserPage::totalElements, UserPage::totalPages)
			.containsExactly(2, 10, 22L, 3);
	}

	@Test
	void searchEncodesTheTermAndSendsTheType() {
		this.api.server
			.expect(requestTo(ApiFixture.BASE
					+ "/api/authn/v2/users/search?search_term=ann%20smith%40example.com&user_type=API&page=0&size=50"))
			.andExpect(method(HttpMethod.GET))
			.andExpect(this.api.signed())
			.andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));
		UserPage page = this.api.client.searchUsers("ann smith@example.com", UserType.API, 0, 50);
		this.api.server.verify();
		assertThat(page.users()).isEmpty();
		assertThat(page.totalPages()).isZero();
	}

	@Test
	void searchWithoutTypeLeavesItOut() {
		this.api.server.expect(requestTo(ApiFixture.BASE + "/api/authn/v2/users/search?search_term=bob&page=1&size=5"))
			.andExpect(this.api.signed())
			.andRespond(withSuccess("{\"_embedded\":{}}", MediaType.APPLICATION_JSON));
		assertThat(this.api.client.searchUsers("bob", null, 1, 5).users()).isEmpty();
		this.api.server.verify();
	}

	@Test
	void eachRequestIsSignedWithItsOwnNonce() {
		this.api.server.expect(requestTo(ApiFixture.BASE + "/api/authn/v2/users/self"))
			.andExpect(this.api.signed())
			.andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));
		this.api.server.expect(requestTo(ApiFixture.BASE + "/api/authn/v2/users/self"))
			.andExpect(this.api.signed())
			.andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));
		this.api.client.self();
		this.api.client.self();
		assertThat(this.api.noncesSeen).hasSize(2).doesNotHaveDuplicates();
		assertThat(this.api.noncesSeen).isEqualTo(List.copyOf(this.api.noncesIssued));
	}

}
