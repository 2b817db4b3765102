package com.vcshell.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;

import com.vcshell.auth.NonceGenerator;
import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.emulator.SeedAccount;
import com.vcshell.identity.IdentityClientSettings;
import com.vcshell.output.Streams;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.UserEnvironment;
import com.vcshell.cli.StartupOptions;
import com.vcshell.shell.runtime.NoTerminalInput;
import com.vcshell.shell.runtime.CommandRunner;
import com.vcshell.admin.IdentityClients;
import com.vcshell.cli.ExitCodes;
import com.vcshell.shell.runtime.VcshellCompleter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-only identity commands end to end: the whole shell context, driven through
 * {@link CommandRunner}, over loopback against the emulator's seeded tenant (45 users, 30
 * of them API service accounts).
 */
@SpringBootTest(properties = { "vcshell.runner.enabled=false", "spring.shell.interactive.enabled=false" })
class ReadCommandsIT {

	static final IdentityEmulator EMULATOR = IdentityEmulator.start(0);

	static final Path HOME;

	static final Path CREDENTIALS;

	static final ByteArrayOutputStream STREAM_OUT = new ByteArrayOutputStream();

	static final ByteArrayOutputStream STREAM_ERR = new ByteArrayOutputStream();

	static final int API_ACCOUNTS = EMULATOR.serviceAccounts().size() + 2;

	static {
		try {
			HOME = Files.createTempDirectory("vcshell-read-it");
			CREDENTIALS = HOME.resolve("credentials");
			EMULATOR.writeCredentialsFile(CREDENTIALS);
			int deadPort;
			try (IdentityEmulator stopped = IdentityEmulator.start(0)) {
				deadPort = stopped.baseUrl().getPort();
			}
			Files.writeString(CREDENTIALS,
					"\n[dead]\nveracode_api_key_id = " + EMULATOR.admin().apiId() + "\nveracode_api_key_secret = "
							+ EMULATOR.admin().apiSecret() + "\napi_base_url = http://127.0.0.1:" + deadPort + "\n",
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	CommandRunner runner;

	@Autowired
	CommandRegistry registry;

	@Autowired
	IdentityClients clients;

	@Autowired
	ActiveProfile active;

	@Autowired
	VcshellCompleter completer;

	private StringWriter out;

	private StringWriter err;

	@BeforeEach
	void clear() {
		STREAM_OUT.reset();
		STREAM_ERR.reset();
	}

	@AfterEach
	void backToTheAdminProfile() {
		run("profile use demo");
		EMULATOR.controls().reset();
	}

	@AfterAll
	static void stop() {
		EMULATOR.close();
	}

	@Test
	void expirationSelfShowsTheSessionKeyInFull() {
		assertThat(run("expiration self")).isZero();

		assertThat(this.out.toString()).contains(EMULATOR.admin().apiId()).contains("valid").contains("240");
	}

	@Test
	void expirationUserByNameShowsAnExpiredPair() {
		SeedAccount expired = EMULATOR.serviceAccounts().get(0);

		assertThat(run("expiration user " + expired.userName() + " --json")).isZero();

		JsonNode row = JSON.readTree(this.out.toString());
		assertThat(row.get("status").asString()).isEqualTo("expired");
		assertThat(row.get("api_id").asString()).isEqualTo(expired.apiId());
		assertThat(row.get("user_id").asString()).isEqualTo(expired.userId());
		assertThat(row.get("days_left").asLong()).isNegative();
	}

	@Test
	void expirationUserByIdOfAnAccountWithoutCredentialsIsNone() {
		SeedAccount none = EMULATOR.serviceAccounts().stream().filter((a) -> !a.hasCredentials()).findFirst().get();

		assertThat(run("expiration user " + none.userId())).isZero();

		assertThat(this.out.toString()).contains(none.userName()).containsPattern("status\\s+none");
	}

	@Test
	void anUnknownUserIsNotFound() {
		assertThat(run("expiration user nobody-here-api")).isEqualTo(ExitCodes.NOT_FOUND);
		assertThat(this.err.toString()).contains("no user named 'nobody-here-api'");
		assertThat(run("expiration user 00000000-0000-4000-8000-000000000000")).isEqualTo(ExitCodes.NOT_FOUND);
		assertThat(run("users show nobody-here-api")).isEqualTo(ExitCodes.NOT_FOUND);
	}

	@Test
	void reportListsEveryApiAccountSoonestFirstWithoutPairsLast() {
		assertThat(run("expiration report --json")).isZero();

		List<JsonNode> rows = rows(this.out.toString());
		assertThat(rows).hasSize(API_ACCOUNTS);
		List<String> expiries = rows.stream()
			.filter((row) -> row.has("expiration"))
			.map((row) -> row.get("expiration").asString())
			.toList();
		assertThat(expiries).isSorted();
		List<String> statuses = rows.stream().map((row) -> row.get("status").asString()).toList();
		long withoutPairs = EMULATOR.serviceAccounts().stream().filter((a) -> !a.hasCredentials()).count();
		assertThat(statuses.subList(statuses.size() - (int) withoutPairs, statuses.size())).containsOnly("none");
		assertThat(statuses).contains("expired", "expiring", "valid").doesNotContain("error");
	}

	@Test
	void reportWithinKeepsOnlyThoseExpiringInThatManyDaysAndExpiredOnes() {
		run("expiration report --json");
		long expected = rows(this.out.toString()).stream()
			.filter((row) -> row.has("days_left") && row.get("days_left").asLong() < 14)
			.count();

		assertThat(run("expiration report --within 14 --json")).isZero();

		List<JsonNode> rows = rows(this.out.toString());
		assertThat(rows).hasSize((int) expected).isNotEmpty();
		assertThat(rows).allSatisfy((row) -> assertThat(row.get("days_left").asLong()).isLessThan(14));
		assertThat(rows).anySatisfy((row) -> assertThat(row.get("status").asString()).isEqualTo("expired"));
	}

	@Test
	void reportAsCsvHasAHeaderRowAndOneRecordPerAccount() {
		assertThat(run("expiration report --csv")).isZero();

		String[] lines = this.out.toString().split("\r\n");
		assertThat(lines[0]).isEqualTo("user_name,user_id,api_id,expiration,days_left,status,error");
		assertThat(lines).hasSize(API_ACCOUNTS + 1);
		SeedAccount expired = EMULATOR.serviceAccounts().get(0);
		assertThat(lines).anyMatch(
				(line) -> line.startsWith(expired.userName() + "," + expired.userId() + "," + expired.apiId() + ","));
	}

	@Test
	void reportDrawsNoProgressBarWhenNotATerminal() {
		assertThat(run("expiration report")).isZero();

		assertThat(this.out.toString()).contains("ci-gateway-api").doesNotContain("\r[");
		assertThat(this.err.toString()).isEmpty();
		assertThat(STREAM_ERR.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void reportRefusesBadOptionsBeforeAnyRequest() {
		long before = EMULATOR.controls().requestCount();

		assertThat(run("expiration report --within -1")).isEqualTo(ExitCodes.USAGE);
		assertThat(run("expiration report --json --csv")).isEqualTo(ExitCodes.USAGE);

		assertThat(EMULATOR.controls().requestCount()).isEqualTo(before);
	}

	@Test
	void aFailingAccountIsMarkedAndTheReportFailsAfterPrintingIt() {
		// request 1 is the one page of API accounts; request 2 the first account's pair
		EMULATOR.controls().delayNext(1, Duration.ZERO).failNext(1, 403);

		assertThat(run("expiration report --json")).isEqualTo(ExitCodes.REFUSED);

		List<JsonNode> rows = rows(this.out.toString());
		assertThat(rows).hasSize(API_ACCOUNTS);
		assertThat(rows).filteredOn((row) -> row.get("status").asString().equals("error"))
			.singleElement()
			.satisfies((row) -> assertThat(row.get("error").asString()).startsWith("403"));
		assertThat(this.err.toString())
			.startsWith("error: expiration report incomplete: 1 of " + API_ACCOUNTS + " accounts could not be read");
	}

	@Test
	void whoamiShowsTheAdminAccountAndSessionKey() {
		assertThat(run("whoami --json")).isZero();

		JsonNode who = JSON.readTree(this.out.toString());
		assertThat(who.get("user_name").asString()).isEqualTo("vcshell-admin-api");
		assertThat(who.get("user_id").asString()).isEqualTo(EMULATOR.admin().userId());
		assertThat(who.get("account_type").asString()).isEqualTo("API");
		assertThat(who.get("admin").asBoolean()).isTrue();
		assertThat(who.get("profile").asString()).isEqualTo("demo");
		assertThat(who.get("api_host").asString()).isEqualTo("127.0.0.1");
		assertThat(who.get("api_id").asString()).isEqualTo(EMULATOR.admin().apiId());
		assertThat(who.get("roles").toString()).contains("Admin API");
	}

	@Test
	void whoamiOfTheReadOnlyAccountCannotAdministerOthers() {
		run("profile use demo-readonly");

		assertThat(run("whoami")).isZero();

		assertThat(this.out.toString()).contains("vcshell-readonly-api").containsPattern("administers others\\s+no");
	}

	@Test
	void usersListPagesToTheEnd() {
		assertThat(run("users list --json")).isZero();
		assertThat(rows(this.out.toString())).hasSize(45);

		assertThat(run("users list --type api --json")).isZero();
		assertThat(rows(this.out.toString())).hasSize(API_ACCOUNTS)
			.allSatisfy((row) -> assertThat(row.get("account_type").asString()).isEqualTo("API"));

		assertThat(run("users list --type USER --json")).isZero();
		assertThat(rows(this.out.toString())).hasSize(45 - API_ACCOUNTS);
	}

	@Test
	void usersListAsATableHasTheColumns() {
		assertThat(run("users list")).isZero();

		String[] lines = this.out.toString().split("\\R");
		assertThat(lines[0]).containsPattern("user name\\s+user id\\s+type\\s+email\\s+roles");
		assertThat(lines).hasSize(46);
	}

	@Test
	void anUnknownTypeIsAUsageError() {
		assertThat(run("users list --type robot")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.err.toString()).contains("use --type api or --type user");
		assertThat(run("users search ci --type people")).isEqualTo(ExitCodes.USAGE);
	}

	@Test
	void usersSearchFiltersByTermAndType() {
		assertThat(run("users search ci- --type api --json")).isZero();

		List<JsonNode> rows = rows(this.out.toString());
		assertThat(rows).hasSize(EMULATOR.serviceAccounts().size())
			.allSatisfy((row) -> assertThat(row.get("user_name").asString()).startsWith("ci-"));
	}

	@Test
	void usersShowPrintsDetailsAndTheCredentialsExpiry() {
		SeedAccount account = EMULATOR.serviceAccounts().get(3);

		assertThat(run("users show " + account.userName())).isZero();

		assertThat(this.out.toString()).contains(account.userId())
			.contains(account.apiId())
			.containsPattern("credentials\\s+valid")
			.contains("Submit Any Scan API");
	}

	@Test
	void aNonAdminListingUsersIsRefusedWithTheRoleNeeded() {
		run("profile use demo-readonly");

		assertThat(run("users list")).isEqualTo(ExitCodes.REFUSED);

		assertThat(this.err.toString()).startsWith("error: 403").contains("Admin API");
	}

	@Test
	void dryRunSendsNothingAndPrintsTheRequests() {
		long before = EMULATOR.controls().requestCount();

		assertThat(run("expiration report --dry-run --json")).isZero();
		assertThat(run("users list --type api --dry-run")).isZero();
		assertThat(run("expiration user ci-payments-api --dry-run")).isZero();
		assertThat(run("whoami --dry-run")).isZero();

		assertThat(EMULATOR.controls().requestCount()).isEqualTo(before);
		assertThat(this.out.toString()).isNotBlank();
		assertThat(STREAM_OUT.toString(StandardCharsets.UTF_8))
			.contains("GET " + EMULATOR.baseUrl() + "/api/authn/v2/users/search?user_type=API&page=0&size=50")
			.contains("GET " + EMULATOR.baseUrl() + "/api/authn/v2/api_credentials/user_id/")
			.contains("GET " + EMULATOR.baseUrl() + "/api/authn/v2/users/self")
			.contains("sig=<elided>");
	}

	@Test
	void completionOffersTheServiceAccountNamesWithTheirIds() {
		List<CompletionProposal> proposals = complete("expiration user", "ci-");

		assertThat(proposals).extracting(CompletionProposal::value)
			.containsAll(EMULATOR.serviceAccounts().stream().map(SeedAccount::userName).toList())
			.contains("vcshell-admin-api")
			.doesNotContain("alice.admin");
		SeedAccount first = EMULATOR.serviceAccounts().get(0);
		assertThat(proposals).filteredOn((p) -> p.value().equals(first.userName()))
			.extracting(CompletionProposal::description)
			.containsExactly(first.userId());
		assertThat(complete("users show", "")).hasSameSizeAs(proposals);
		assertThat(complete("expiration self", "")).isEmpty();
	}

	@Test
	void tabOnAPartialNameCompletesThroughTheShellsCompleter() {
		String line = "expiration user ci-pay";
		List<Candidate> candidates = new ArrayList<>();

		this.completer.complete(null, new DefaultParser().parse(line, line.length()), candidates);

		assertThat(candidates).extracting(Candidate::value).contains("ci-payments-api");
	}

	@Test
	void completionOfASlowTenantGivesNothingAndDoesNotThrow() {
		UserNameCompletion completion = new UserNameCompletion(this.clients, this.active, Clock.systemUTC(),
				Duration.ofMillis(300));
		EMULATOR.controls().delayNext(1, Duration.ofSeconds(2));
		long start = System.nanoTime();

		List<CompletionProposal> proposals = completion.apply(context("expiration user", ""));

		assertThat(proposals).isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
		completion.destroy();
	}

	@Test
	void completionOfAStoppedTenantGivesNothingAndDoesNotThrow() {
		assertThat(run("profile use dead")).isZero();

		assertThat(complete("expiration user", "")).isEmpty();
		assertThat(STREAM_OUT.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(STREAM_ERR.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	private List<CompletionProposal> complete(String commandName, String word) {
		Command command = this.registry.getCommandByName(commandName);
		return command.getCompletionProvider().apply(context(commandName, word));
	}

	private CompletionContext context(String commandName, String word) {
		Command command = this.registry.getCommandByName(commandName);
		List<String> words = new ArrayList<>(List.of(commandName.split(" ")));
		words.add(word);
		return new CompletionContext(words, words.size() - 1, word.length(), command, null);
	}

	private static List<JsonNode> rows(String json) {
		List<JsonNode> rows = new ArrayList<>();
		JSON.readTree(json).forEach(rows::add);
		return rows;
	}

	private int run(String line) {
		this.out = new StringWriter();
		this.err = new StringWriter();
		return this.runner.run(line, new PrintWriter(this.out, true), new PrintWriter(this.err, true),
				NoTerminalInput.INSTANCE);
	}

	/** Primary: the defaults in ShellConfiguration are registered before these. */
	@TestConfiguration
	static class Config {

		@Bean
		@Primary
		StartupOptions testStartupOptions() {
			return StartupOptions.parse("--credentials-file", CREDENTIALS.toString(), "--profile", "demo");
		}

		@Bean
		@Primary
		UserEnvironment testUserEnvironment() {
			return UserEnvironment.of(Map.of("HOME", HOME.toString()));
		}

		@Bean
		@Primary
		Streams testStreams() {
			return Streams.of(STREAM_OUT, STREAM_ERR);
		}

		@Bean
		@Primary
		IdentityClientSettings testIdentityClientSettings() {
			return IdentityClientSettings.defaults(Map.of())
				.withClock(Clock.systemUTC(), NonceGenerator.secureRandom(), (duration) -> {
				});
		}

	}

}
