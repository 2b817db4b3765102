package com.vcshell.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jline.reader.LineReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import com.vcshell.admin.SessionOptions;
import com.vcshell.admin.check.ProfileCheck;
import com.vcshell.admin.expiry.ExpiryClassifier;
import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.identity.ApiHosts;
import com.vcshell.identity.IdentityClientSettings;
import com.vcshell.output.Streams;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.CredentialsStore;
import com.vcshell.profile.ProfileManager;
import com.vcshell.profile.ProfileSettings;
import com.vcshell.profile.UserEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prompt shows the active profile and region, says when there is none, and shows the
 * key's expiry once a lookup against the loopback emulator has answered: days left when
 * under 30, {@code EXPIRED}, nothing when the lookup fails. The expiry is judged against
 * a clock moved ahead of the emulator's (which signs and verifies on the real one).
 */
class ProfilePromptTests {

	private static final String ID = "3ddaeeb10ca690df3fee5e3bd1c329fa";

	private static final String SECRET = "0123456789abcdef0123456789abcdef";

	/** The demo admin's key expires 240 days and 6 hours after the emulator starts. */
	private static final Duration ADMIN_KEY_LIFE = Duration.ofDays(240);

	@TempDir
	Path home;

	private final List<String> warnings = new ArrayList<>();

	private final Semaphore lookups = new Semaphore(0);

	private IdentityEmulator emulator;

	private ApiHosts hosts;

	@AfterEach
	void stop() {
		if (this.emulator != null) {
			this.emulator.close();
		}
		if (this.hosts != null) {
			this.hosts.close();
		}
	}

	@Test
	void showsProfileAndRegion() throws IOException {
		write(section("default", "", "", "") + section("prod", "vera01ei-", "vera01es-", "")
				+ section("local", "", "", "api_base_url = http://localhost:8080\n"));
		ActiveProfile active = active();
		ProfilePrompt prompt = prompt(active, new SessionOptions(false, true), Clock.systemUTC(), false);
		assertThat(prompt.text()).isEqualTo("vcshell[default@global]> ");
		active.use("prod");
		assertThat(prompt.text()).isEqualTo("vcshell[prod@eu]> ");
		active.markRevoked();
		assertThat(prompt.text()).isEqualTo("vcshell[prod@eu REVOKED]> ");
		active.use("local");
		assertThat(prompt.text()).isEqualTo("vcshell[local@localhost]> ");
	}

	@Test
	void withoutCredentialsTheShellStartsAndWarnsOnce() {
		ProfilePrompt prompt = prompt(active(), SessionOptions.defaults(), Clock.systemUTC(), false);
		assertThat(prompt.text()).isEqualTo("vcshell[no profile]> ");
		assertThat(prompt.text()).isEqualTo("vcshell[no profile]> ");
		assertThat(this.warnings).singleElement().asString().startsWith("no credentials found").contains("--demo");
	}

	@Test
	void aKeyWithTwelveDaysLeftShowsThemOnceTheLookupAnswered() throws Exception {
		ProfilePrompt prompt = onEmulator(ahead(ADMIN_KEY_LIFE.minusDays(12)), false, false);

		assertThat(prompt.text()).isEqualTo("vcshell[demo@127.0.0.1]> ");
		awaitLookup();

		assertThat(prompt.text()).isEqualTo("vcshell[demo@127.0.0.1 12d]> ");
		assertThat(this.emulator.controls().requestCount()).as("one lookup per key").isEqualTo(1);
	}

	@Test
	void anExpiredKeyShowsExpiredInRedWhenColoured() throws Exception {
		ProfilePrompt prompt = onEmulator(ahead(ADMIN_KEY_LIFE.plusDays(1)), false, true);
		prompt.text();
		awaitLookup();

		assertThat(prompt.text()).isEqualTo("vcshell[demo@127.0.0.1 EXPIRED]> ");
		assertThat(prompt.render().toAnsi()).contains("\u001b[").contains("EXPIRED");
	}

	@Test
	void aKeyWithMonthsLeftShowsNothingAndNoColourWhenOutputIsNotColoured() throws Exception {
		ProfilePrompt prompt = onEmulator(Clock.systemUTC(), false, false);
		prompt.text();
		awaitLookup();

		assertThat(prompt.text()).isEqualTo("vcshell[demo@127.0.0.1]> ");
		assertThat(prompt.render().toAnsi()).doesNotContain("\u001b");
	}

	@Test
	void theDemoSaysSo() throws Exception {
		ProfilePrompt prompt = onEmulator(Clock.systemUTC(), true, false);

		assertThat(prompt.text()).isEqualTo("vcshell[DEMO demo@127.0.0.1]> ");
	}

	@Test
	void aLookupThatFailsLeavesThePromptAsItIs() throws Exception {
		try (ServerSocket dead = new ServerSocket(0)) {
			write(section("down", "", "", "api_base_url = http://127.0.0.1:" + dead.getLocalPort() + "\n"));
		}
		ActiveProfile active = active();
		active.use("down");
		ProfilePrompt prompt = prompt(active, SessionOptions.defaults(), ahead(ADMIN_KEY_LIFE), false);
		prompt.text();
		awaitLookup();

		assertThat(prompt.text()).isEqualTo("vcshell[down@127.0.0.1]> ");
	}

	/** A clock that far ahead of the real one. */
	private static Clock ahead(Duration offset) {
		return Clock.offset(Clock.systemUTC(), offset.plusHours(1));
	}

	private ProfilePrompt onEmulator(Clock clock, boolean demo, boolean colour) throws IOException {
		this.emulator = IdentityEmulator.start(0);
		Path file = Files.createDirectories(this.home.resolve(".veracode")).resolve("credentials");
		this.emulator.writeCredentialsFile(file);
		ActiveProfile active = active();
		active.use("demo");
		return prompt(active, new SessionOptions(false, false, demo), clock, colour);
	}

	private ProfilePrompt prompt(ActiveProfile active, SessionOptions session, Clock clock, boolean colour) {
		UserEnvironment env = environment();
		IdentityClientSettings settings = IdentityClientSettings.defaults(Map.of())
			.withLimits(0, IdentityClientSettings.DEFAULT_RATE_LIMIT);
		this.hosts = new ApiHosts(settings);
		ProfileManager profiles = new ProfileManager(new CredentialsStore(ProfileSettings.defaults(), env), active,
				env);
		ProfileCheck check = new ProfileCheck(profiles, this.hosts, session, new ExpiryClassifier(clock), clock);
		PromptExpiry expiry = new PromptExpiry(check, session);
		Streams streams = new Streams(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), true,
				colour);
		ObjectProvider<LineReader> noReader = new StaticListableBeanFactory().getBeanProvider(LineReader.class);
		ProfilePrompt prompt = new ProfilePrompt(active, expiry, session, streams, noReader);
		expiry.onLookup(this.lookups::release);
		return prompt;
	}

	private void awaitLookup() throws InterruptedException {
		assertThat(this.lookups.tryAcquire(30, TimeUnit.SECONDS)).as("the lookup ended").isTrue();
	}

	private UserEnvironment environment() {
		return new UserEnvironment(Map.of("HOME", this.home.toString()), this.home);
	}

	private ActiveProfile active() {
		UserEnvironment env = environment();
		ProfileSettings settings = ProfileSettings.defaults();
		return new ActiveProfile(new CredentialsStore(settings, env), env, settings, this.warnings::add);
	}

	private void write(String text) throws IOException {
		Path file = Files.createDirectories(this.home.resolve(".veracode")).resolve("credentials");
		Files.writeString(file, text);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
	}

	private static String section(String name, String prefixI, String prefixS, String extra) {
		return "[" + name + "]\nveracode_api_key_id = " + prefixI + ID + "\nveracode_api_key_secret = " + prefixS
				+ SECRET + "\n" + extra;
	}

}
