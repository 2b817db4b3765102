package com.vcshell.identity;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.vcshell.auth.ApiCredentials;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --dry-run}: requests are reported, signature elided, nothing sent. */
class DryRunIdentityClientTests {

	private final List<String> reports = new ArrayList<>();

	private final DryRunIdentityClient client = new DryRunIdentityClient(URI.create(ApiFixture.BASE),
			() -> ApiCredentials.of(ApiFixture.ID, ApiFixture.SECRET), Clock.fixed(ApiFixture.NOW, ZoneOffset.UTC),
			() -> new byte[16], this.reports::add);

	@Test
	void generateReportsTheSignedPostWithTheSignatureElided() {
		GeneratedCredentials result = this.client.generateOwn();
		assertThat(this.reports).containsExactly("""
				POST https://api.veracode.com/api/authn/v2/api_credentials
				Authorization: VERACODE-HMAC-SHA-256 id=3ddaeeb10ca690df3fee5e3bd1c329fa,ts=1700000000000,\
				nonce=00000000000000000000000000000000,sig=<elided>
				Content-Type: application/json

				{}""");
		assertThat(result.isComplete()).isFalse();
		assertThat(this.client.isDryRun()).isTrue();
	}

	@Test
	void readsAndRevokesAreReportedWithEncodedUrls() {
		this.client.searchUsers("a b@c", UserType.USER, 0, 50);
		this.client.revokeForUser("u1");
		assertThat(this.reports.get(0)).startsWith(
				"GET https://api.veracode.com/api/authn/v2/users/search?search_term=a%20b%40c&user_type=USER&page=0&size=50\n")
			.doesNotContain("Content-Type");
		assertThat(this.reports.get(1))
			.startsWith("DELETE https://api.veracode.com/api/authn/v2/api_credentials/user_id/u1\n")
			.endsWith("sig=<elided>\nContent-Type: application/json");
		assertThat(String.join("\n", this.reports)).doesNotContain(ApiFixture.SECRET).doesNotContain("sig=0");
	}

	@Test
	void placeholdersAreEmpty() {
		assertThat(this.client.ownCredentials().exists()).isFalse();
		assertThat(this.client.credentialsForUser("u1").exists()).isFalse();
		assertThat(this.client.allUsers(UserType.API)).isEmpty();
		assertThat(this.client.self().userId()).isNull();
		assertThat(this.client.user("u2").userId()).isEqualTo("u2");
		assertThat(this.reports).hasSize(5);
	}

	@Test
	void aUserNamedIsSearchedForAndItsIdIsShownAsThePlaceholder() {
		User alice = this.client.resolveUser("alice");
		this.client.generateForUser(alice.userId());

		assertThat(alice.userId()).isNull();
		assertThat(alice.userName()).isEqualTo("alice");
		assertThat(this.reports).hasSize(2);
		assertThat(this.reports.get(0))
			.startsWith("GET https://api.veracode.com/api/authn/v2/users/search?search_term=alice&page=0&size=50\n");
		assertThat(this.reports.get(1))
			.startsWith("POST https://api.veracode.com/api/authn/v2/api_credentials/user_id/{userId}\n");
	}

	@Test
	void aUserGivenByUuidIsReadWithThatId() {
		String id = "7f3c5a8e-1b2d-4c6e-9f00-123456789abc";
		assertThat(this.client.resolveUser(id).userId()).isEqualTo(id);
		assertThat(this.reports).singleElement()
			.asString()
			.startsWith("GET https://api.veracode.com/api/authn/v2/users/" + id + "\n");
	}

}
