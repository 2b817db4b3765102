package com.vcshell.identity;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/** The client waits for the rate limiter before every call. */
class ClientRateLimitTests {

	@Test
	void callsBeyondTheLimitWaitForTheWindow() {
		ApiFixture api = new ApiFixture();
		org.springframework.web.client.RestClient.Builder builder = org.springframework.web.client.RestClient.builder();
		org.springframework.test.web.client.MockRestServiceServer server = org.springframework.test.web.client.MockRestServiceServer
			.bindTo(builder)
			.build();
		RestIdentityClient client = RestIdentityClient.create(builder, java.net.URI.create(ApiFixture.BASE),
				() -> api.credentials, api.settings().withLimits(3, 2));
		server.expect(ExpectedCount.times(3), requestTo(ApiFixture.BASE + "/api/authn/v2/users/self"))
			.andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));
		client.self();
		client.self();
		assertThat(api.sleeps).isEmpty();
		client.self();
		server.verify();
		assertThat(api.sleeps).containsExactly(Duration.ofMinutes(1));
	}

}
