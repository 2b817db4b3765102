package com.vcshell.admin.check;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.admin.SessionOptions;
import com.vcshell.admin.UsageException;
import com.vcshell.admin.expiry.ExpiryClassifier;
import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.NonceGenerator;
import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.emulator.SeedAccount;
import com.vcshell.identity.ApiHosts;
import com.vcshell.identity.IdentityClientSettings;
import com.vcshell.identity.RestIdentityClient;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.CredentialsStore;
import com.vcshell.profile.ProfileException;
import com.vcshell.profile.ProfileManager;
import com.vcshell.profile.ProfileSettings;
import com.vcshell.profile.UserEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code profile check} through the use case alone, over real HTTP to the loopback
 * emulator: each profile signs with its own key, concurrently, within its own deadline;
 * profiles of one host share its rate limit.
 */
class ProfileCheckTests {

	@TempDir
	Path home;

	private IdentityEmulator emulator;

	private Path file;

	private final List<ApiHosts> hosts = new ArrayList<>();

	private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

	@BeforeEach
	void start() throws IOException {
		this.emulator = IdentityEmulator.start(0);
		this.file = Files.createDirectories(this.home.resolve(".veracode")).resolve("credentials");
		this.emulator.writeCredentialsFile(this.file);
	}

	@AfterEach
	void stop() {
		this.emulator.close();
		this.hosts.forEach(ApiHosts::close);
	}

	@Test
	void everyProfileIsCheckedWithItsOwnKey() throws Exception {
		revoke(this.emulator.readOnly());
		int dead = deadPort();
		append("[dead]\nveracode_api_key_id = 3ddaeeb10ca690df3fee5e3bd1c329fa\nveracode_api_key_secret = 0123456789abcdef\n"
				+ "api_base_url = http://127.0.0.1:" + dead + "\n");
		append("[broken]\nveracode_api_key_id = not-hex\nveracode_api_key_secret = 0123456789abcdef\n");

		CheckReport report = check(30, Duration.ofSeconds(10)).check(List.of(), null);

		assertThat(report.checks()).extracting(KeyCheck::profile)
			.containsExactly("demo", "demo-readonly", "dead", "broken");
		KeyCheck demo = report.checks().get(0);
		assertThat(demo.status()).isEqualTo(KeyStatus.VALID);
		assertThat(demo.account()).isEqualTo("vcshell-admin-api");
		assertThat(demo.maskedApiId()).isEqualTo("****" + last4(this.emulator.admin().apiId()));
		assertThat(demo.daysLeft()).isEqualTo(240);
		assertThat(demo.expiration()).isNotNull();
		KeyCheck revoked = report.checks().get(1);
		assertThat(revoked.status()).isEqualTo(KeyStatus.REVOKED);
		assertThat(revoked.status().label()).isEqualTo("revoked or wrong key");
		assertThat(revoked.problem()).startsWith("401").contains("the key may be revoked, expired or wrong");
		assertThat(report.checks().get(2).status()).isEqualTo(KeyStatus.UNREACHABLE);
		assertThat(report.checks().get(2).problem()).contains("cannot reach 127.0.0.1").contains("connection refused");
		KeyCheck broken = report.checks().get(3);
		assertThat(broken.status()).isEqualTo(KeyStatus.MALFORMED);
		assertThat(broken.problem()).contains("line").doesNotContain("0123456789abcdef");
		assertThat(report.allValid()).isFalse();
		assertThat(report.worst()).isEqualTo(KeyStatus.MALFORMED);
		assertThat(report.failure().getMessage()).isEqualTo(
				"3 of 4 profiles not valid: [demo-readonly] revoked or wrong key, [dead] unreachable, [broken] malformed");
	}

	@Test
	void withinSetsTheExpiringThreshold() {
		ProfileCheck check = check(30, Duration.ofSeconds(10));

		assertThat(check.check(List.of("demo"), null).worst()).isEqualTo(KeyStatus.VALID);
		assertThat(check.check(List.of("demo"), 241).worst()).isEqualTo(KeyStatus.EXPIRING);
		assertThat(check.check(List.of("demo-readonly"), 121).worst()).isEqualTo(KeyStatus.EXPIRING);
		assertThat(check.check(List.of("demo-readonly"), 120).worst()).isEqualTo(KeyStatus.VALID);
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> check.check(List.of(), -1));
	}

	@Test
	void aNamedProfileThatDoesNotExistIsAProfileErrorAndSendsNothing() {
		assertThatExceptionOfType(ProfileException.class)
			.isThrownBy(() -> check(30, Duration.ofSeconds(10)).check(List.of("demo", "nosuch"), null))
			.withMessageContaining("no profile [nosuch]");
		assertThat(this.emulator.controls().requestCount()).isZero();
	}

	@Test
	void aDeadHostDoesNotHoldUpTheOthers() throws Exception {
		try (ServerSocket silent = new ServerSocket(0)) {
			append("[silent]\nveracode_api_key_id = " + this.emulator.admin().apiId() + "\nveracode_api_key_secret = "
					+ this.emulator.admin().apiSecret() + "\napi_base_url = http://127.0.0.1:" + silent.getLocalPort()
					+ "\n");

			CheckReport report = check(30, Duration.ofSeconds(1)).check(List.of("silent", "demo"), null);

			assertThat(report.checks()).extracting(KeyCheck::status)
				.containsExactly(KeyStatus.UNREACHABLE, KeyStatus.VALID);
			assertThat(report.checks().get(0).problem()).isEqualTo("no answer from 127.0.0.1 within 1 s");
		}
	}

	@Test
	void profilesRunConcurrently() throws Exception {
		for (int i = 0; i < 4; i++) {
			appendAdmin("a" + i, this.emulator.baseUrl().toString());
		}
		this.emulator.controls().latency(Duration.ofMillis(300));

		CheckReport report = check(500, Duration.ofSeconds(10)).check(List.of(), null);

		assertThat(report.allValid()).as(report.toString()).isTrue();
		assertThat(this.emulator.controls().maxInFlight()).isGreaterThan(1);
	}

	@Test
	void profilesOfOneHostShareItsRateLimitAndOtherHostsHaveTheirOwn() throws Exception {
		String loopback = this.emulator.baseUrl().toString();
		String localhost = loopback.replace("127.0.0.1", "localhost");
		appendAdmin("x1", localhost);
		appendAdmin("x2", localhost);

		// two profiles on each host, two calls each: 4 calls per host fit a limit of 4
		assertThat(check(4, Duration.ofSeconds(10)).check(List.of(), null).allValid()).isTrue();
		assertThat(this.waits).isEmpty();

		// four profiles on one host: 8 calls must wait for the limit of 4
		appendAdmin("y1", loopback);
		appendAdmin("y2", loopback);
		CheckReport oneHost = check(4, Duration.ofSeconds(10)).check(List.of("demo", "demo-readonly", "y1", "y2"),
				null);
		assertThat(oneHost.allValid()).isTrue();
		assertThat(this.waits).isNotEmpty();
	}

	@Test
	void aDryRunSessionRefusesBeforeSendingAnything() {
		ProfileCheck check = new ProfileCheck(profiles(), hosts(30), new SessionOptions(false, true),
				new ExpiryClassifier(Clock.systemUTC()), Clock.systemUTC());

		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> check.check(List.of(), null))
			.withMessageContaining("--dry-run");
		assertThat(this.emulator.controls().requestCount()).isZero();
	}

	private ProfileCheck check(int rateLimit, Duration deadline) {
		return new ProfileCheck(profiles(), hosts(rateLimit), SessionOptions.defaults(),
				new ExpiryClassifier(Clock.systemUTC()), Clock.systemUTC(), deadline);
	}

	private ApiHosts hosts(int rateLimit) {
		IdentityClientSettings settings = IdentityClientSettings.defaults(Map.of())
			.withClock(Clock.systemUTC(), NonceGenerator.secureRandom(), this.waits::add)
			.withLimits(3, rateLimit);
		ApiHosts hosts = new ApiHosts(settings);
		this.hosts.add(hosts);
		return hosts;
	}

	private ProfileManager profiles() {
		UserEnvironment env = new UserEnvironment(Map.of("HOME", this.home.toString()), this.home);
		ProfileSettings settings = ProfileSettings.defaults();
		CredentialsStore store = new CredentialsStore(settings, env);
		return new ProfileManager(store, new ActiveProfile(store, env, settings, (warning) -> {
		}), env);
	}

	private void revoke(SeedAccount account) {
		SeedAccount admin = this.emulator.admin();
		RestIdentityClient
			.create(this.emulator.baseUrl(), () -> ApiCredentials.of(admin.apiId(), admin.apiSecret()),
					IdentityClientSettings.defaults(Map.of()))
			.revokeForUser(account.userId());
	}

	private void appendAdmin(String name, String baseUrl) throws IOException {
		append("[" + name + "]\nveracode_api_key_id = " + this.emulator.admin().apiId() + "\nveracode_api_key_secret = "
				+ this.emulator.admin().apiSecret() + "\napi_base_url = " + baseUrl + "\n");
	}

	private void append(String section) throws IOException {
		Files.writeString(this.file, Files.readString(this.file) + "\n" + section);
	}

	private static int deadPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String last4(String text) {
		return text.substring(text.length() - 4);
	}

}
