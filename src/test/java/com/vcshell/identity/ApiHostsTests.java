package com.vcshell.identity;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.vcshell.EmulatorHome;
import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.NonceGenerator;
import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.emulator.SeedAccount;
import com.vcshell.identity.VeracodeApiException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * One transport per API host for the session: clients of many keys share a host's rate
 * limiter and HTTP client, each still signing with its own key (the emulator checks every
 * signature), and nothing is built before the first request.
 */
class ApiHostsTests {

	/** One emulator for the class; these tests need no files. */
	@RegisterExtension
	static final EmulatorHome fixture = EmulatorHome.emulatorOnly();

	private final IdentityEmulator emulator = fixture.emulator();

	private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	@Test
	void clientsOfTwoKeysShareTheHostsLimitAndEachSignsWithItsOwnKey() {
		try (ApiHosts hosts = new ApiHosts(settings(2))) {
			IdentityClient admin = hosts.client(emulator.baseUrl(), pair(emulator.admin()));
			IdentityClient readOnly = hosts.client(emulator.baseUrl(), pair(emulator.readOnly()));

			assertThat(admin.self().userName()).isEqualTo(emulator.admin().userName());
			assertThat(readOnly.self().userName()).isEqualTo(emulator.readOnly().userName());
			assertThat(this.sleeps).isEmpty();
			admin.self();

			assertThat(this.sleeps).as("the third call of the host waits, whatever key signs it")
				.containsExactly(Duration.ofMinutes(1));
		}
	}

	@Test
	void switchingBackToAHostKeepsItsBudget() {
		try (ApiHosts hosts = new ApiHosts(settings(1))) {
			hosts.client(emulator.baseUrl(), pair(emulator.admin())).self();
			hosts.client(emulator.baseUrl(), pair(emulator.admin())).self();

			assertThat(this.sleeps).containsExactly(Duration.ofMinutes(1));
		}
	}

	@Test
	void aHostIsOneSchemeHostAndPort() {
		try (ApiHosts hosts = new ApiHosts(settings(500))) {
			HostTransport veracode = hosts.transport(URI.create("https://api.veracode.com"));

			assertThat(hosts.transport(URI.create("https://API.veracode.com:443/"))).isSameAs(veracode);
			assertThat(hosts.transport(URI.create("https://api.veracode.eu"))).isNotSameAs(veracode);
			assertThat(hosts.transport(URI.create("http://api.veracode.com"))).isNotSameAs(veracode);
			assertThat(hosts.transport(URI.create("https://api.veracode.com:8443"))).isNotSameAs(veracode);
		}
	}

	@Test
	void noHttpClientIsBuiltBeforeTheFirstRequest() {
		try (ApiHosts hosts = new ApiHosts(settings(500))) {
			IdentityClient client = hosts.client(emulator.baseUrl(), pair(emulator.admin()));
			HostTransport transport = hosts.transport(emulator.baseUrl());
			assertThat(transport.isStarted()).isFalse();

			client.ownCredentials();

			assertThat(transport.isStarted()).isTrue();
		}
	}

	@Test
	void afterCloseEveryCallFailsWithOneLine() {
		ApiHosts hosts = new ApiHosts(settings(500));
		IdentityClient client = hosts.client(emulator.baseUrl(), pair(emulator.admin()));
		client.self();

		hosts.close();
		hosts.close();

		VeracodeApiException ex = catchThrowableOfType(VeracodeApiException.class, client::self);
		assertThat(ex.kind()).isEqualTo(Kind.REMOTE);
		assertThat(ex.getMessage()).isEqualTo("the connection to 127.0.0.1 is closed: vcshell is shutting down");
		assertThat(catchThrowableOfType(VeracodeApiException.class,
				() -> hosts.client(emulator.baseUrl(), pair(emulator.admin())).self()))
			.hasMessage(ex.getMessage());
	}

	@Test
	void theApplicationContextClosesIt() {
		IdentityClient client;
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.registerBean(IdentityClientSettings.class, () -> settings(500));
			context.register(ApiHosts.class);
			context.refresh();
			client = context.getBean(ApiHosts.class).client(emulator.baseUrl(), pair(emulator.admin()));
			client.self();
		}
		assertThat(catchThrowableOfType(VeracodeApiException.class, client::self)).hasMessageContaining("is closed");
	}

	@Test
	void aBaseUrlWithoutHostIsRefused() {
		try (ApiHosts hosts = new ApiHosts(settings(500))) {
			assertThat(catchThrowableOfType(IllegalArgumentException.class,
					() -> hosts.client(URI.create("file:/tmp/x"), pair(emulator.admin()))))
				.hasMessage("the API base URL has no host: file:/tmp/x");
		}
	}

	/** A clock that stands still (so waits add up exactly) and a sleeper that records. */
	private IdentityClientSettings settings(int callsPerMinute) {
		Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
		return IdentityClientSettings.defaults(Map.of())
			.withClock(clock, NonceGenerator.secureRandom(), this.sleeps::add)
			.withLimits(0, callsPerMinute);
	}

	private static java.util.function.Supplier<ApiCredentials> pair(SeedAccount account) {
		ApiCredentials credentials = ApiCredentials.of(account.apiId(), account.apiSecret());
		return () -> credentials;
	}

}
