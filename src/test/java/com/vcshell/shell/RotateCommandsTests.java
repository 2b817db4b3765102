package com.vcshell.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.emulator.SeedAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code rotate plan|apply|status|resume} end to end in this JVM: the commands through
 * the runner, real signed HTTP to a fresh loopback emulator, real files and real delivery
 * processes.
 */
class RotateCommandsTests extends EmulatorShellFixture {

	static final Path JOURNALS = HOME.resolve(".vcshell/rotations");

	@Test
	void aPlanProposesTheProfileOfTheSameNameLeavesTheSessionAccountOutAndHoldsNoSecret() throws IOException {
		SeedAccount checkout = account("ci-checkout-api");
		Files.writeString(
				CREDENTIALS, "\n[ci-checkout-api]\nveracode_api_key_id = " + checkout.apiId()
						+ "\nveracode_api_key_secret = " + checkout.apiSecret() + "\n",
				java.nio.file.StandardOpenOption.APPEND);
		Path plan = ROOT.resolve("fleet.plan");

		int code = run("rotate plan --within 14 --out " + plan);

		assertThat(code).as(err()).isZero();
		assertThat(out()).contains("wrote the plan " + plan);
		String text = read(plan);
		assertThat(text)
			.contains("[ci-checkout-api]\nuser_id = " + checkout.userId() + "\napi_id = " + checkout.apiId()
					+ "\nexpiry = ")
			.contains("save_as = ci-checkout-api\n")
			.contains("[ci-payments-api]")
			.contains("# save_as = ci-payments-api\n")
			.doesNotContain("[vcshell-admin-api]")
			.doesNotContainPattern("[0-9a-f]{33,}");
		assertThat(run("rotate plan --out " + plan)).as("never overwritten").isEqualTo(2);
	}

	@Test
	void namedUsersArePlannedAloneOnStdoutTheirCredentialsReadConcurrently() {
		this.emulator.controls().latency(Duration.ofMillis(50));

		int code = run("rotate plan --user ci-payments-api,ci-checkout-api --user ci-billing-api");

		assertThat(code).as(err()).isZero();
		assertThat(out().lines().filter((line) -> line.startsWith("["))).containsExactly("[ci-payments-api]",
				"[ci-checkout-api]", "[ci-billing-api]");
		assertThat(this.emulator.controls().maxInFlight()).as("the three reads overlapped").isBetween(2, 3);
	}

	@Test
	void aPlanReadsTheTenantsCredentialsThroughThePoolOfTheExpirationReport() {
		this.emulator.controls().latency(Duration.ofMillis(20));

		int code = run("rotate plan");

		assertThat(code).as(err()).isZero();
		assertThat(out()).contains("[ci-payments-api]", "[ci-checkout-api]");
		assertThat(this.emulator.controls().maxInFlight()).as("reads overlapped, within the pool of 8").isBetween(2, 8);
	}

	@Test
	void applyUpdatesEveryOtherLocalCopyOfTheRotatedKeyAfterTheSave() throws IOException {
		SeedAccount payments = account("ci-payments-api");
		Files.writeString(CREDENTIALS, "\n[payments-old]\nveracode_api_key_id = " + payments.apiId()
				+ "\nveracode_api_key_secret = " + payments.apiSecret() + "\n", StandardOpenOption.APPEND);
		Path plan = plan(List.of(payments), (a) -> "save_as = payments\n");

		int code = run("rotate apply " + plan + " --yes");

		assertThat(code).as(err()).isZero();
		ApiCredentials pair = pairOf(read(CREDENTIALS), "payments");
		assertThat(pair.apiId()).isEqualTo(current(payments)).isNotEqualTo(payments.apiId());
		assertThat(pairOf(read(CREDENTIALS), "payments-old")).as("the other copy of the old key").isEqualTo(pair);
		assertThat(read(onlyFile(JOURNALS))).contains("\"also_updated\":[\"profile [payments-old]")
			.doesNotContain(pair.secretHex().substring(0, 32));
	}

	@Test
	void applyChecksGeneratesSavesDeliversVerifiesAndJournalsEveryAccount() throws IOException {
		SeedAccount payments = account("ci-payments-api");
		SeedAccount checkout = account("ci-checkout-api");
		SeedAccount billing = account("ci-billing-api");
		Path plan = plan(List.of(payments, checkout, billing), (a) -> switch (a.userName()) {
			case "ci-payments-api" -> "save_as = payments\ndeliver = sh -c 'cat > payments.delivered'\n";
			case "ci-checkout-api" -> "out = keys/checkout.credentials\ndeliver = cp /dev/stdin checkout.delivered\n";
			default -> "deliver = sh -c 'printf %s \"$VERACODE_API_KEY_SECRET\" > billing.secret'\n";
		});
		Files.createDirectories(ROOT.resolve("keys"));

		int code = run("rotate apply " + plan + " --yes");

		assertThat(code).as(err()).isZero();
		ApiCredentials paymentsPair = pairOf(read(CREDENTIALS), "payments");
		ApiCredentials checkoutPair = pairOf(read(ROOT.resolve("keys/checkout.credentials")), "default");
		assertThat(paymentsPair.apiId()).isEqualTo(current(payments)).isNotEqualTo(payments.apiId());
		assertThat(checkoutPair.apiId()).isEqualTo(current(checkout));
		assertThat(pairOf(read(ROOT.resolve("payments.delivered")), "default")).isEqualTo(paymentsPair);
		assertThat(pairOf(read(ROOT.resolve("checkout.delivered")), "default")).isEqualTo(checkoutPair);
		Path kept = onlyFile(HOME.resolve(".vcshell/delivered"));
		ApiCredentials billingPair = pairOf(read(kept), "default");
		assertThat(billingPair.apiId()).as("a delivery never holds the only copy").isEqualTo(current(billing));
		assertThat(read(ROOT.resolve("billing.secret"))).isEqualTo(billingPair.secretHex());
		assertThat(clientSigningWith(billingPair).ownCredentials().apiId()).isEqualTo(billingPair.apiId());
		assertThat(out()).contains("ci-payments-api  rotated  " + paymentsPair.apiId())
			.contains("ci-checkout-api  rotated  " + checkoutPair.apiId())
			.contains("journal: " + JOURNALS.resolve(""));
		String journal = read(onlyFile(JOURNALS));
		assertThat(steps(journal, payments)).containsExactly("check ok", "generate sending", "generate ok", "save ok",
				"deliver ok", "verify ok", "done rotated");
		assertThat(steps(journal, billing)).containsExactly("check ok", "generate sending", "generate ok", "save ok",
				"deliver ok", "verify ok", "done rotated");
		for (ApiCredentials pair : List.of(paymentsPair, checkoutPair, billingPair)) {
			assertThat(journal).contains(pair.apiId()).doesNotContain(pair.secretHex().substring(0, 32));
			assertThat(String.join("\n", auditLines())).doesNotContain(pair.secretHex().substring(0, 32));
		}
		assertThat(auditLines()).hasSize(3).allSatisfy((line) -> assertThat(line).contains("generate-user"));
	}

	@Test
	void aFailedDeliveryDoesNotStopTheRunExitsEightAndResumeDeliversTheSamePairAgain() throws IOException {
		SeedAccount payments = account("ci-payments-api");
		SeedAccount checkout = account("ci-checkout-api");
		Path plan = plan(List.of(payments, checkout),
				(a) -> "save_as = " + a.userName() + "\n"
						+ (a == payments ? "deliver = sh -c 'echo \"denied: $VERACODE_API_KEY_SECRET\" >&2; exit 4'\n"
								: "deliver = sh -c 'cat > checkout.delivered'\n"));

		int code = run("rotate apply " + plan + " --yes");

		assertThat(code).isEqualTo(8);
		ApiCredentials paymentsPair = pairOf(read(CREDENTIALS), "ci-payments-api");
		assertThat(out()).contains("ci-payments-api  delivery failed  " + paymentsPair.apiId())
			.contains("ci-checkout-api  rotated");
		assertThat(err()).contains("error: 1 of 2 accounts not rotated; worst: [ci-payments-api] delivery failed");
		Path journal = onlyFile(JOURNALS);
		assertThat(read(journal)).contains("\"exit_code\":4")
			.contains("\"stderr\":\"denied: ****" + tail(paymentsPair))
			.doesNotContain(paymentsPair.secretHex().substring(0, 32));

		assertThat(runAfresh("rotate status --json")).isZero();
		assertThat(out()).contains("\"deliveries\" : [ \"exit 4: denied: ****" + tail(paymentsPair) + "\" ]");

		Files.writeString(plan, read(plan).replace("sh -c 'echo \"denied: $VERACODE_API_KEY_SECRET\" >&2; exit 4'",
				"sh -c 'cat > payments.delivered'"));
		int resumed = runAfresh("rotate resume " + journal + " --yes");

		assertThat(resumed).as(err()).isZero();
		assertThat(err()).contains("warning: the plan " + plan + " changed since the run started");
		assertThat(pairOf(read(ROOT.resolve("payments.delivered")), "default")).isEqualTo(paymentsPair);
		assertThat(current(payments)).as("no second generate").isEqualTo(paymentsPair.apiId());
		assertThat(runAfresh("rotate status --json")).isZero();
		assertThat(out()).contains("\"state\" : \"rotated\"").doesNotContain("delivery failed\"");
	}

	@Test
	void anAccountRotatedSincePlanningIsSkippedUnlessForced() {
		SeedAccount payments = account("ci-payments-api");
		Path plan = plan(List.of(payments), (a) -> "save_as = payments\n", (a) -> "00112233445566778899aabbccddeeff");

		assertThat(run("rotate apply " + plan + " --yes")).isEqualTo(2);
		assertThat(out()).contains("ci-payments-api  skipped");
		assertThat(err()).as("a message masks api ids").contains("not the plan's ****eeff");
		assertThat(current(payments)).isEqualTo(payments.apiId());

		assertThat(runAfresh("rotate apply " + plan + " --yes --force")).as(err()).isZero();
		assertThat(current(payments)).isEqualTo(pairOf(read(CREDENTIALS), "payments").apiId());
	}

	@Test
	void inAScriptApplyRefusesWithoutYesBeforeSendingAnything() {
		Path plan = plan(List.of(account("ci-payments-api")), (a) -> "save_as = payments\n");
		long before = requests();

		int code = run("rotate apply " + plan);

		assertThat(code).isEqualTo(2);
		assertThat(err()).contains("without --yes");
		assertThat(requests()).isEqualTo(before);
		assertThat(JOURNALS).doesNotExist();
	}

	@Test
	void atATerminalThePlanIsShownAsATableAndAskedOnce() {
		SeedAccount payments = account("ci-payments-api");
		SeedAccount checkout = account("ci-checkout-api");
		Path plan = plan(List.of(payments, checkout), (a) -> "save_as = " + a.userName() + "\n");
		Answers no = new Answers("n");

		assertThat(run("rotate apply " + plan, no)).isEqualTo(2);
		assertThat(no.questions).singleElement()
			.asString()
			.startsWith("Rotate the 2 accounts of plan " + ROOT.resolve("fleet.plan"));
		assertThat(out()).contains("new pair goes to").contains("ci-payments-api  " + payments.apiId());
		assertThat(current(payments)).isEqualTo(payments.apiId());

		Answers yes = new Answers("y");
		OUT.reset();
		assertThat(run("rotate apply " + plan, yes)).as(err()).isZero();
		assertThat(yes.questions).hasSize(1);
		assertThat(current(checkout)).isEqualTo(pairOf(read(CREDENTIALS), "ci-checkout-api").apiId());
	}

	@Test
	void aDryRunPrintsTheRequestsAndChangesNothing() {
		SeedAccount payments = account("ci-payments-api");
		Path plan = plan(List.of(payments), (a) -> "save_as = payments\ndeliver = sh -c 'cat > x'\n");

		int code = run("rotate apply " + plan + " --dry-run");

		assertThat(code).as(err()).isZero();
		assertThat(out()).contains("GET " + this.emulator.baseUrl() + "/api/authn/v2/api_credentials/user_id/")
			.contains("POST " + this.emulator.baseUrl() + "/api/authn/v2/api_credentials/user_id/" + payments.userId())
			.contains("deliver (not run): sh -c 'cat > x'")
			.contains(RotateView.DRY_RUN);
		assertThat(current(payments)).isEqualTo(payments.apiId());
		assertThat(JOURNALS).doesNotExist();
	}

	@Test
	void anUnknownGenerateStopsTheRunAndResumeRotatesOnlyWhatDidNotHappen() {
		SeedAccount payments = account("ci-payments-api");
		SeedAccount checkout = account("ci-checkout-api");
		Path plan = plan(List.of(payments, checkout), (a) -> "save_as = " + a.userName() + "\n");
		// the check, the user lookup and the read of the key its local copies hold pass;
		// the POST gets a 503: it may or may not have happened
		this.emulator.controls().delayNext(3, Duration.ZERO).failNext(1, 503);

		int code = run("rotate apply " + plan + " --yes");

		assertThat(code).isEqualTo(6);
		assertThat(out()).contains("ci-payments-api  unknown").contains("ci-checkout-api  not reached");
		assertThat(out()).contains("stopped: stopped after account [ci-payments-api] (unknown)");
		assertThat(current(checkout)).isEqualTo(checkout.apiId());

		int resumed = runAfresh("rotate resume " + onlyFile(JOURNALS) + " --yes");

		assertThat(resumed).as(err()).isZero();
		assertThat(current(payments)).isEqualTo(pairOf(read(CREDENTIALS), "ci-payments-api").apiId());
		assertThat(current(checkout)).isEqualTo(pairOf(read(CREDENTIALS), "ci-checkout-api").apiId());
		assertThat(steps(read(onlyFile(JOURNALS)), payments))
			.contains("check ok: not generated, the api id is still the old one");
	}

	@Test
	void resumeNeverGeneratesInTheBlindAPairGeneratedButHeldNowhereIsReportedLost() {
		SeedAccount payments = account("ci-payments-api");
		Path plan = plan(List.of(payments), (a) -> "save_as = payments\n");
		this.emulator.controls().delayNext(3, Duration.ZERO).failNext(1, 503);
		assertThat(run("rotate apply " + plan + " --yes")).isEqualTo(6);
		// what a lost answer leaves: the account has a new pair nobody holds
		ApiCredentials admin = pairOf(read(CREDENTIALS), "demo");
		String elsewhere = clientSigningWith(admin).generateForUser(payments.userId()).apiId();

		int resumed = runAfresh("rotate resume " + onlyFile(JOURNALS) + " --yes");

		assertThat(resumed).isEqualTo(6);
		assertThat(current(payments)).as("not generated again").isEqualTo(elsewhere);
		assertThat(out()).contains("ci-payments-api  unknown  " + elsewhere);
		assertThat(err()).contains("it is lost: rotate the account again");
		assertThat(read(CREDENTIALS)).doesNotContain("[payments]");
	}

	@Test
	void resumeFindsAPairSavedBeforeACrashAndFinishesItWithoutGeneratingAgain() throws IOException {
		SeedAccount payments = account("ci-payments-api");
		Path plan = plan(List.of(payments), (a) -> "save_as = payments\ndeliver = sh -c 'cat > payments.delivered'\n");
		assertThat(run("rotate apply " + plan + " --yes")).as(err()).isZero();
		ApiCredentials saved = pairOf(read(CREDENTIALS), "payments");
		Path journal = onlyFile(JOURNALS);
		// a crash right after the POST was sent: the journal ends there, no delivery ran
		List<String> lines = Files.readAllLines(journal);
		Files.writeString(journal, String.join("\n", lines.subList(0, 3)) + "\n");
		Files.delete(ROOT.resolve("payments.delivered"));
		assertThat(runAfresh("rotate status " + journal)).isZero();
		assertThat(out()).contains("ci-payments-api  unknown");

		int resumed = runAfresh("rotate resume " + journal + " --yes");

		assertThat(resumed).as(err()).isZero();
		assertThat(current(payments)).isEqualTo(saved.apiId());
		assertThat(pairOf(read(ROOT.resolve("payments.delivered")), "default")).isEqualTo(saved);
		assertThat(steps(read(journal), payments)).contains("generate found", "deliver ok", "done rotated");
	}

	@Test
	void aPairLeftOnlyInATempFileByACrashBeforeTheRenameIsSavedIntoItsProfileOnResume() throws IOException {
		SeedAccount payments = account("ci-payments-api");
		String before = read(CREDENTIALS);
		Path plan = plan(List.of(payments), (a) -> "save_as = payments\n");
		assertThat(run("rotate apply " + plan + " --yes")).as(err()).isZero();
		ApiCredentials generated = pairOf(read(CREDENTIALS), "payments");
		// a kill between the temp file's fsync and its rename: the file is as before, the
		// temp holds the pair
		Files.writeString(CREDENTIALS.resolveSibling(".credentials.1234567890.tmp"), read(CREDENTIALS));
		Files.writeString(CREDENTIALS, before);
		Path journal = onlyFile(JOURNALS);
		Files.writeString(journal, String.join("\n", Files.readAllLines(journal).subList(0, 3)) + "\n");

		int resumed = runAfresh("rotate resume " + journal + " --yes");

		assertThat(resumed).as(err()).isZero();
		assertThat(pairOf(read(CREDENTIALS), "payments")).isEqualTo(generated);
		assertThat(current(payments)).isEqualTo(generated.apiId());
		assertThat(out()).contains("ci-payments-api  rotated  " + generated.apiId());
	}

	@Test
	void statusWithoutJournalsSaysSoAndAPlanWithASecretIsRefusedBeforeAnyRequest() throws IOException {
		assertThat(run("rotate status")).isEqualTo(2);
		assertThat(err()).contains("no rotation journal in " + JOURNALS);
		Path plan = plan(List.of(account("ci-payments-api")),
				(a) -> "save_as = payments\n# key " + account("ci-payments-api").apiSecret() + "\n");
		long before = requests();

		assertThat(runAfresh("rotate apply " + plan + " --yes")).isEqualTo(2);

		assertThat(err()).contains(plan + " line 8: this line holds what looks like a secret")
			.doesNotContain(account("ci-payments-api").apiSecret().substring(0, 32));
		assertThat(requests()).isEqualTo(before);
	}

	/** Runs with the output of earlier commands cleared. */
	private int runAfresh(String line) {
		OUT.reset();
		ERR.reset();
		return run(line);
	}

	private SeedAccount account(String name) {
		return this.emulator.serviceAccounts()
			.stream()
			.filter((account) -> account.userName().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private String current(SeedAccount account) {
		return this.emulator.currentApiId(account.userId()).orElse(null);
	}

	private static Path plan(List<SeedAccount> accounts, Function<SeedAccount, String> destinations) {
		return plan(accounts, destinations, SeedAccount::apiId);
	}

	private static Path plan(List<SeedAccount> accounts, Function<SeedAccount, String> destinations,
			Function<SeedAccount, String> apiId) {
		StringBuilder text = new StringBuilder("# test plan\ndeliver_timeout = 30\n");
		for (SeedAccount account : accounts) {
			text.append("\n[")
				.append(account.userName())
				.append("]\nuser_id = ")
				.append(account.userId())
				.append("\napi_id = ")
				.append(apiId.apply(account))
				.append('\n')
				.append(destinations.apply(account));
		}
		try {
			return Files.writeString(ROOT.resolve("fleet.plan"), text);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** The steps of an account in a journal: {@code step outcome}. */
	private static List<String> steps(String journal, SeedAccount account) {
		return journal.lines()
			.filter((line) -> line.contains("\"id\":\"" + account.userId() + "\"")
					&& !line.contains("\"step\":\"start\""))
			.map((line) -> field(line, "step") + " "
					+ (line.contains("\"step\":\"done\"") ? field(line, "state") : field(line, "outcome")))
			.toList();
	}

	private static String field(String line, String name) {
		int start = line.indexOf("\"" + name + "\":\"") + name.length() + 4;
		return line.substring(start, line.indexOf('"', start));
	}

	private static String tail(ApiCredentials pair) {
		return pair.secretHex().substring(pair.secretHex().length() - 4);
	}

	private static Path onlyFile(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> all = files.collect(Collectors.toList());
			assertThat(all).as("files in " + folder).hasSize(1);
			return all.get(0);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
