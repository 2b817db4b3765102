package com.vcshell.identity;

import com.vcshell.identity.VeracodeApiException.Kind;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/** Paging to the end and resolving a user by id or exact name. */
class PagingAndResolveTests {

	private static final String USERS = ApiFixture.BASE + "/api/authn/v2/users";

	private static final String ALICE_ID = "11111111-2222-3333-4444-555555555555";

	private final ApiFixture api = new ApiFixture();

	@Test
	void allUsersPagesThroughThreePages() {
		for (int page = 0; page < 3; page++) {
			this.api.server.expect(requestTo(USERS + "?page=" + page + "&size=50"))
				.andExpect(this.api.signed())
				.andRespond(page(page, 3, "u" + page + "a", "u" + page + "b"));
		}
		assertThat(this.api.client.allUsers(null)).extracting(User::userName)
			.containsExactly("u0a", "u0b", "u1a", "u1b", "u2a", "u2b");
		this.api.server.verify();
	}

	@Test
	void allUsersOfATypeSearchesByTypeToTheEnd() {
		for (int page = 0; page < 3; page++) {
			this.api.server.expect(requestTo(USERS + "/search?user_type=API&page=" + page + "&size=50"))
				.andRespond(page(page, 3, "api" + page));
		}
		assertThat(this.api.client.allUsers(UserType.API)).extracting(User::userName)
			.containsExactly("api0", "api1", "api2");
		this.api.server.verify();
	}

	@Test
	void pagingStopsAtAnEmptyPageEvenIfMoreAreAnnounced() {
		this.api.server.expect(requestTo(USERS + "/search?search_term=x&page=0&size=50")).andRespond(page(0, 9, "x1"));
		this.api.server.expect(requestTo(USERS + "/search?search_term=x&page=1&size=50")).andRespond(page(1, 9));
		assertThat(this.api.client.searchAll("x", null)).extracting(User::userName).containsExactly("x1");
		this.api.server.verify();
	}

	@Test
	void resolveUserTakesAUuidAsAnId() {
		this.api.server.expect(requestTo(USERS + "/" + ALICE_ID))
			.andRespond(withSuccess("{\"user_id\":\"" + ALICE_ID + "\",\"user_name\":\"alice\"}",
					MediaType.APPLICATION_JSON));
		assertThat(this.api.client.resolveUser(ALICE_ID).userName()).isEqualTo("alice");
	}

	@Test
	void resolveUserPicksTheExactCaseSensitiveName() {
		this.api.server.expect(requestTo(USERS + "/search?search_term=alice&page=0&size=50")).andRespond(withSuccess("""
				{"_embedded":{"users":[{"user_id":"1","user_name":"alice2"},{"user_id":"2","user_name":"Alice"},
				 {"user_id":"3","user_name":"alice"}]},"page":{"number":0,"size":50,"total_elements":3,"total_pages":1}}
				""", MediaType.APPLICATION_JSON));
		assertThat(this.api.client.resolveUser("alice").userId()).isEqualTo("3");
	}

	@Test
	void resolveUserWithoutAnExactMatchIsNotFound() {
		this.api.server.expect(requestTo(USERS + "/search?search_term=ali&page=0&size=50"))
			.andRespond(page(0, 1, "alice"));
		VeracodeApiException ex = catchThrowableOfType(VeracodeApiException.class,
				() -> this.api.client.resolveUser("ali"));
		assertThat(ex.kind()).isEqualTo(Kind.NOT_FOUND);
		assertThat(ex.getMessage()).isEqualTo("no user named 'ali'");
	}

	@Test
	void resolveUserWithSeveralExactMatchesListsTheirIds() {
		this.api.server.expect(requestTo(USERS + "/search?search_term=bob&page=0&size=50"))
			.andRespond(page(0, 1, "bob", "bob"));
		VeracodeApiException ex = catchThrowableOfType(VeracodeApiException.class,
				() -> this.api.client.resolveUser("bob"));
		assertThat(ex.kind()).isEqualTo(Kind.BAD_REQUEST);
		assertThat(ex.getMessage())
			.isEqualTo("several users are named 'bob' (id-bob-0, id-bob-1); give the user id instead");
	}

	private static org.springframework.test.web.client.ResponseCreator page(int number, int totalPages,
			String... names) {
		StringBuilder users = new StringBuilder();
		for (int i = 0; i < names.length; i++) {
			users.append((i > 0) ? "," : "")
				.append("{\"user_id\":\"id-")
				.append(names[i])
				.append('-')
				.append(i)
				.append("\",\"user_name\":\"")
				.append(names[i])
				.append("\"}");
		}
		return withSuccess("{\"_embedded\":{\"users\":[" + users + "]},\"page\":{\"number\":" + number
				+ ",\"size\":50,\"total_elements\":" + (totalPages * 2) + ",\"total_pages\":" + totalPages + "}}",
				MediaType.APPLICATION_JSON);
	}

}
