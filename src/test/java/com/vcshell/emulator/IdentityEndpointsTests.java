package com.vcshell.emulator;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Endpoints, roles and HAL paging of the emulated Identity API. */
class IdentityEndpointsTests {

	private static final String API = "/api/authn/v2/";

	private final IdentityEmulator emulator = IdentityEmulator.start(0);

	private final EmulatorHttp http = new EmulatorHttp(this.emulator);

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void selfDescribesTheCallerWithRolesAndCredentials() {
		JsonNode self = admin("GET", "users/self").json();

		assertThat(self.path("user_id").asString()).isEqualTo(this.emulator.admin().userId());
		assertThat(self.path("account_type").asString()).isEqualTo("API");
		assertThat(self.path("api_user").asBoolean()).isTrue();
		assertThat(self.path("roles").get(0).path("role_name").asString()).isEqualTo("extadmin");
		assertThat(self.path("roles").get(0).path("role_description").asString()).isEqualTo("Admin API");
		assertThat(self.path("permissions").get(0).path("permission_name").asString()).isEqualTo("apiUser");
		assertThat(self.path("api_credentials").path("api_id").asString()).isEqualTo(this.emulator.admin().apiId());
		assertThat(self.path("api_credentials").path("expiration_ts").asString())
			.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");
	}

	@Test
	void listsUsersInHalPagesOfTwentyByDefault() {
		List<String> names = new ArrayList<>();
		JsonNode first = admin("GET", "users").json();
		int totalPages = first.path("page").path("total_pages").asInt();
		for (int page = 0; page < totalPages; page++) {
			JsonNode body = admin("GET", "users?page=" + page).json();
			body.path("_embedded").path("users").forEach((user) -> names.add(user.path("user_name").asString()));
			assertThat(body.path("page").path("number").asInt()).isEqualTo(page);
			assertThat(body.path("_links").has("next")).isEqualTo(page < totalPages - 1);
		}

		assertThat(first.path("page").path("size").asInt()).isEqualTo(20);
		assertThat(first.path("_embedded").path("users")).hasSize(20);
		assertThat(totalPages).isGreaterThanOrEqualTo(3);
		assertThat(names).hasSize(first.path("page").path("total_elements").asInt()).doesNotHaveDuplicates();
		assertThat(first.path("_links").path("next").path("href").asString())
			.isEqualTo(this.emulator.baseUrl() + API + "users?page=1&size=20");
	}

	@Test
	void aPageBeyondTheEndHasNoEmbeddedUsers() {
		JsonNode body = admin("GET", "users?page=99&size=50").json();

		assertThat(body.has("_embedded")).isFalse();
		assertThat(body.path("page").path("number").asInt()).isEqualTo(99);
	}

	@Test
	void listFiltersByExactUserName() {
		JsonNode body = admin("GET", "users?user_name=" + this.emulator.readOnly().userName()).json();

		assertThat(body.path("page").path("total_elements").asInt()).isEqualTo(1);
		assertThat(body.path("_embedded").path("users").get(0).path("user_id").asString())
			.isEqualTo(this.emulator.readOnly().userId());
	}

	@Test
	void searchFiltersByTermAndUserTypeInAnyCase() {
		JsonNode api = admin("GET", "users/search?user_type=API&size=100").json();
		JsonNode apiLower = admin("GET", "users/search?user_type=api&size=100").json();
		JsonNode people = admin("GET", "users/search?user_type=user&size=100").json();
		JsonNode term = admin("GET", "users/search?search_term=PAYMENTS&user_type=API").json();

		int total = admin("GET", "users").json().path("page").path("total_elements").asInt();
		int apiCount = api.path("page").path("total_elements").asInt();
		assertThat(apiCount).isEqualTo(apiLower.path("page").path("total_elements").asInt());
		assertThat(apiCount + people.path("page").path("total_elements").asInt()).isEqualTo(total);
		api.path("_embedded")
			.path("users")
			.forEach((u) -> assertThat(u.path("account_type").asString()).isEqualTo("API"));
		people.path("_embedded")
			.path("users")
			.forEach((u) -> assertThat(u.path("account_type").asString()).isEqualTo("USER"));
		assertThat(term.path("_embedded").path("users").get(0).path("user_name").asString())
			.isEqualTo("ci-payments-api");
		assertThat(admin("GET", "users/search?user_type=robot").status()).isEqualTo(400);
	}

	@Test
	void aNonAdminIsForbiddenEverythingButItself() {
		String other = API + "api_credentials/user_id/" + this.emulator.admin().userId();
		String[] forbidden = { "GET users", "GET users/search?search_term=a",
				"GET users/" + this.emulator.admin().userId(), "GET " + other.substring(API.length()),
				"POST " + other.substring(API.length()), "DELETE " + other.substring(API.length()),
				"GET api_credentials/" + this.emulator.admin().apiId() };

		for (String call : forbidden) {
			String[] parts = call.split(" ");
			EmulatorHttp.Response response = this.http.send(this.emulator.readOnly(), parts[0], API + parts[1]);
			assertThat(response.status()).as(call).isEqualTo(403);
			assertThat(response.json().path("http_status").asString()).isEqualTo("Forbidden");
		}
		assertThat(this.http.send(this.emulator.readOnly(), "GET", API + "users/self").status()).isEqualTo(200);
		assertThat(this.http.send(this.emulator.readOnly(), "GET", API + "api_credentials").status()).isEqualTo(200);
		assertThat(this.emulator.currentApiId(this.emulator.admin().userId())).contains(this.emulator.admin().apiId());
	}

	@Test
	void malformedUserIdsAre400AndUnknownOnes404() {
		EmulatorHttp.Response malformed = admin("GET", "api_credentials/user_id/abcd");
		EmulatorHttp.Response unknownUser = admin("GET", "users/00000000-0000-0000-0000-000000000000");
		EmulatorHttp.Response unknownCredentials = admin("GET", "api_credentials/" + "f".repeat(32));

		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.message()).isEqualTo("Invalid UUID string: abcd");
		assertThat(unknownUser.status()).isEqualTo(404);
		assertThat(unknownCredentials.status()).isEqualTo(404);
	}

	@Test
	void generatingForAUserRevokesItsPreviousPairAtOnce() {
		SeedAccount service = this.emulator.serviceAccounts()
			.stream()
			.filter((account) -> account.hasCredentials()
					&& this.http.send(account, "GET", API + "users/self").status() == 200)
			.findFirst()
			.orElseThrow();

		JsonNode generated = admin("POST", "api_credentials/user_id/" + service.userId()).json();

		assertThat(generated.path("api_id").asString()).matches("[0-9a-f]{32}").isNotEqualTo(service.apiId());
		assertThat(generated.path("api_secret").asString()).matches("[0-9a-f]{128}");
		assertThat(this.emulator.currentApiId(service.userId())).contains(generated.path("api_id").asString());
		assertThat(this.http.send(service, "GET", API + "users/self").status()).isEqualTo(401);
		JsonNode oldPair = admin("GET", "api_credentials/" + service.apiId()).json();
		assertThat(oldPair.has("revocation_ts")).isTrue();
	}

	@Test
	void revokingByApiIdLeavesTheUserWithoutCredentials() {
		SeedAccount service = this.emulator.serviceAccounts().get(1);

		EmulatorHttp.Response revoked = admin("DELETE", "api_credentials/" + service.apiId());
		EmulatorHttp.Response again = admin("DELETE", "api_credentials/" + service.apiId());
		EmulatorHttp.Response byUser = admin("GET", "api_credentials/user_id/" + service.userId());

		assertThat(revoked.status()).isEqualTo(200);
		assertThat(again.status()).isEqualTo(404);
		assertThat(byUser.status()).isEqualTo(404);
		assertThat(this.emulator.currentApiId(service.userId())).isEmpty();
		assertThat(admin("GET", "users/" + service.userId()).json().has("api_credentials")).isFalse();
	}

	@Test
	void revokingOwnCredentialsLocksTheCallerOut() {
		EmulatorHttp.Response revoked = this.http.send(this.emulator.readOnly(), "DELETE", API + "api_credentials");

		assertThat(revoked.status()).isEqualTo(200);
		assertThat(revoked.json().path("api_id").asString()).isEqualTo(this.emulator.readOnly().apiId());
		assertThat(this.http.send(this.emulator.readOnly(), "GET", API + "users/self").status()).isEqualTo(401);
	}

	private EmulatorHttp.Response admin(String method, String path) {
		return this.http.send(this.emulator.admin(), method, API + path);
	}

}
