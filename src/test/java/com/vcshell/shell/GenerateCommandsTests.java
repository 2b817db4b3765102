package com.vcshell.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.emulator.SeedAccount;
import com.vcshell.identity.VeracodeApiException;
import com.vcshell.cli.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GenerateCommandsTests extends EmulatorShellFixture {

	@Test
	void generateSelfAtATerminalAsksThenSwitchesSavesAndProvesTheNewKey() {
		// given
		String before = read(CREDENTIALS);
		ApiCredentials old = pairOf(before, "demo");
		Answers terminal = new Answers("y");

		// when
		int code = run("generate self", terminal);

		// then
		assertThat(code).as(err()).isZero();
		assertThat(terminal.questions).singleElement()
			.asString()
			.containsIgnoringCase("generate new credentials for profile [demo]")
			.endsWith("[y/N] ");
		ApiCredentials fresh = pairOf(read(CREDENTIALS), "demo");
		assertThat(fresh.apiId()).isNotEqualTo(old.apiId()).isEqualTo(adminApiId());
		assertThat(this.active.require().credentials()).isEqualTo(fresh);
		assertThat(out()).contains(fresh.apiId())
			.contains(fresh.maskedSecret())
			.doesNotContain(fresh.secretHex())
			.contains("expiration")
			.containsPattern("verified\\s+true");
		assertThat(clientSigningWith(fresh).ownCredentials().apiId()).isEqualTo(fresh.apiId());
		assertThatExceptionOfType(VeracodeApiException.class).isThrownBy(() -> clientSigningWith(old).ownCredentials())
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(VeracodeApiException.Kind.REFUSED));
	}

	@Test
	void theNextCommandSignsWithTheNewKey() {
		assertThat(run("generate self --yes")).isZero();
		ApiCredentials first = pairOf(read(CREDENTIALS), "demo");

		assertThat(run("generate self --yes")).as(err()).isZero();

		ApiCredentials second = pairOf(read(CREDENTIALS), "demo");
		assertThat(second.apiId()).isNotEqualTo(first.apiId()).isEqualTo(adminApiId());
	}

	@Test
	void theCredentialsFileKeepsEveryOtherByte() throws Exception {
		// given: comments, CRLF line ends, other profiles before and after
		ApiCredentials old = pairOf(read(CREDENTIALS), "demo");
		String text = "; managed by hand\r\n[first]\r\nveracode_api_key_id = " + "ab".repeat(16)
				+ "\r\nveracode_api_key_secret = " + "cd".repeat(64) + "\r\n\r\n# the admin key\r\n[demo]\r\n"
				+ "veracode_api_key_id   =   " + old.apiId() + "\r\n" + "veracode_api_key_secret = " + old.secretHex()
				+ "\r\napi_base_url = " + this.emulator.baseUrl() + "\r\n\r\n[last]\r\nveracode_api_key_id = "
				+ "ef".repeat(16) + "\r\nveracode_api_key_secret = " + "01".repeat(64) + "\r\n";
		Files.writeString(CREDENTIALS, text);
		this.active.use("demo");

		// when
		assertThat(run("generate self --yes")).as(err()).isZero();

		// then: only the two values changed
		String after = read(CREDENTIALS);
		ApiCredentials fresh = pairOf(after, "demo");
		assertThat(after.replace(fresh.apiId(), old.apiId()).replace(fresh.secretHex(), old.secretHex()))
			.isEqualTo(text);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(CREDENTIALS))).isEqualTo("rw-------");
	}

	@Test
	void aFailedWriteLeavesTheSecretInARescueFileAndExitsSeven() throws Exception {
		// given: the store's lock file cannot be opened (root ignores permissions)
		String before = read(CREDENTIALS);
		Files.createDirectory(FOLDER.resolve("credentials.lock"));

		// when
		int code = run("generate self --yes");

		// then
		assertThat(code).isEqualTo(ExitCodes.NOT_SAVED);
		assertThat(read(CREDENTIALS)).isEqualTo(before);
		assertThat(rescueFiles()).singleElement().satisfies((rescue) -> {
			assertThat(err()).contains("rescue file " + rescue);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rescue))).isEqualTo("rw-------");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rescue.getParent())))
				.isEqualTo("rwx------");
			String rescued = read(rescue);
			assertThat(value(rescued, "demo", "api_base_url")).contains(this.emulator.baseUrl().toString());
			ApiCredentials pair = pairOf(rescued, "demo");
			assertThat(pair.apiId()).isEqualTo(adminApiId());
			assertThat(clientSigningWith(pair).ownCredentials().apiId()).isEqualTo(pair.apiId());
			assertThat(this.active.require().credentials()).isEqualTo(pair);
			assertThat(out() + err()).doesNotContain(pair.secretHex());
		});
		assertThat(auditLines()).singleElement().asString().contains("\"outcome\":\"not-saved\"");
	}

	@Test
	void withoutATerminalAndWithoutYesNothingIsSent() {
		long before = requests();
		String apiId = adminApiId();

		assertThat(run("generate self")).isEqualTo(ExitCodes.USAGE);
		assertThat(run("generate user ci-payments-api --reveal")).isEqualTo(ExitCodes.USAGE);

		assertThat(err()).contains("without --yes");
		assertThat(requests()).isEqualTo(before);
		assertThat(adminApiId()).isEqualTo(apiId);
	}

	@Test
	void answeringNoCancelsBeforeAnyRequest() {
		long before = requests();

		assertThat(run("generate self", new Answers("n"))).isEqualTo(ExitCodes.USAGE);

		assertThat(err()).contains("cancelled");
		assertThat(requests()).isEqualTo(before);
	}

	@Test
	void saveAsWritesAnotherProfileWithTheSameTenantAndTheOldKeysProfileToo() throws Exception {
		String demoBefore = value(read(CREDENTIALS), "demo", "veracode_api_key_id").orElseThrow();
		Path yml = Files.createDirectories(HOME.resolve(".veracode")).resolve("veracode.yml");
		Files.writeString(yml, "api:\n  key-id: " + demoBefore + "\n  key-secret: "
				+ pairOf(read(CREDENTIALS), "demo").secretHex() + "\n");

		assertThat(run("generate self --yes --save-as rotated")).as(err()).isZero();

		String after = read(CREDENTIALS);
		assertThat(pairOf(after, "rotated").apiId()).isEqualTo(adminApiId());
		assertThat(value(after, "rotated", "api_base_url")).contains(this.emulator.baseUrl().toString());
		assertThat(value(after, "demo", "veracode_api_key_id")).as("a copy of the old, now revoked key")
			.isNotEqualTo(Optional.of(demoBefore))
			.contains(adminApiId());
		assertThat(out()).containsPattern("saved to +profile \\[rotated\\]")
			.contains("also updated  profile [demo] in " + CREDENTIALS + "\n              " + yml + "\n");
	}

	@Test
	void veracodeYmlWithTheOldKeyIsNamedInTheQuestionAndUpdated() throws Exception {
		// given: the Veracode CLI's file under $HOME with the session's key
		ApiCredentials old = pairOf(read(CREDENTIALS), "demo");
		Path yml = HOME.resolve(".veracode").resolve("veracode.yml");
		Files.createDirectories(yml.getParent());
		String text = "api:\n  key-id: " + old.apiId() + "\n  key-secret: " + old.secretHex() + "\n";
		Files.writeString(yml, text);
		Answers terminal = new Answers("y");

		// when
		assertThat(run("generate self --json", terminal)).as(err()).isZero();

		// then
		ApiCredentials fresh = pairOf(read(CREDENTIALS), "demo");
		assertThat(terminal.questions).singleElement()
			.asString()
			.contains("and update the other copy of the old key ****" + old.apiId().substring(28) + ": " + yml
					+ "? [y/N]");
		assertThat(read(yml))
			.isEqualTo(text.replace(old.apiId(), fresh.apiId()).replace(old.secretHex(), fresh.secretHex()));
		assertThat(out()).contains("\"also_updated\" : [ \"" + yml + "\" ]").doesNotContain(fresh.secretHex());
	}

	@Test
	void aCopyThatCannotBeUpdatedIsAWarningAndTheGenerateSucceeds() throws Exception {
		ApiCredentials old = pairOf(read(CREDENTIALS), "demo");
		Path yml = HOME.resolve(".veracode").resolve("veracode.yml");
		Files.createDirectories(yml.resolveSibling("veracode.yml.lock"));
		Files.writeString(yml, "api:\n  key-id: " + old.apiId() + "\n  key-secret: " + old.secretHex() + "\n");

		assertThat(run("generate self --yes")).as(err()).isZero();

		assertThat(err()).startsWith("warning: " + yml + " still holds the old key: could not write " + yml);
		assertThat(pairOf(read(CREDENTIALS), "demo").apiId()).isEqualTo(adminApiId());
	}

	@Test
	void saveAsAnExistingProfileAsksFirst() {
		long before = requests();
		Answers terminal = new Answers("n");

		assertThat(run("generate self --save-as demo-readonly", terminal)).isEqualTo(ExitCodes.USAGE);

		assertThat(terminal.questions).singleElement()
			.asString()
			.contains("replace the keys of profile [demo-readonly]");
		assertThat(requests()).isEqualTo(before);
	}

	@Test
	void revealPrintsTheSecretOnceWithAWarning() {
		assertThat(run("generate self --yes --reveal")).as(err()).isZero();

		String secret = pairOf(read(CREDENTIALS), "demo").secretHex();
		assertThat(out().split(secret, -1)).hasSize(2);
		assertThat(err()).startsWith("warning: the new secret is shown in full below").doesNotContain(secret);
	}

	@Test
	void jsonShowsTheMaskedPair() {
		assertThat(run("generate self --yes --json")).isZero();

		ApiCredentials fresh = pairOf(read(CREDENTIALS), "demo");
		assertThat(out()).contains("\"api_id\" : \"" + fresh.apiId() + "\"")
			.contains("\"api_secret\" : \"" + fresh.maskedSecret() + "\"")
			.contains("\"verified\" : true");
	}

	@Test
	void anAmbiguousFailureIsReportedAsSuchAndAudited() {
		this.emulator.controls().dropNext(1);

		int code = run("generate self --yes");

		assertThat(code).isEqualTo(ExitCodes.REMOTE);
		assertThat(err()).contains("may or may not have been generated").contains("expiration self");
		assertThat(auditLines()).singleElement().asString().contains("\"outcome\":\"unknown\"");
	}

	@Test
	void aRefusedGenerateIsAuditedAsFailed() {
		this.emulator.controls().failNext(1, 403);

		assertThat(run("generate self --yes")).isEqualTo(ExitCodes.REFUSED);

		assertThat(auditLines()).singleElement()
			.asString()
			.contains("\"operation\":\"generate-self\"")
			.contains("\"outcome\":\"failed: ");
	}

	@Test
	void generateUserOutWritesANewOwnerOnlyFile() throws Exception {
		SeedAccount account = this.emulator.serviceAccounts().get(1);
		Path file = Files.createDirectories(ROOT.resolve("keys")).resolve(account.userName() + ".credentials");

		assertThat(run("generate user " + account.userName() + " --out " + file + " --yes")).as(err()).isZero();

		String text = read(file);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		ApiCredentials pair = pairOf(text, "default");
		assertThat(pair.apiId()).isEqualTo(this.emulator.currentApiId(account.userId()).orElseThrow());
		assertThat(value(text, "default", "api_base_url")).contains(this.emulator.baseUrl().toString());
		assertThat(clientSigningWith(pair).ownCredentials().apiId()).isEqualTo(pair.apiId());
		assertThat(out()).contains(pair.apiId()).contains(pair.maskedSecret()).doesNotContain(pair.secretHex());
	}

	@Test
	void generateUserOutRefusesAnExistingFileBeforeAnyRequest() throws Exception {
		Path file = Files.writeString(ROOT.resolve("taken"), "keep me");
		long before = requests();

		assertThat(run("generate user ci-payments-api --out " + file + " --yes")).isEqualTo(ExitCodes.USAGE);

		assertThat(read(file)).isEqualTo("keep me");
		assertThat(requests()).isEqualTo(before);
		assertThat(err()).contains("already exists");
	}

	@Test
	void generateUserSaveAsByIdPointsTheProfileAtTheSameTenant() {
		SeedAccount account = this.emulator.serviceAccounts().get(2);

		assertThat(run("generate user " + account.userId() + " --save-as ci --yes")).as(err()).isZero();

		String text = read(CREDENTIALS);
		ApiCredentials pair = pairOf(text, "ci");
		assertThat(pair.apiId()).isEqualTo(this.emulator.currentApiId(account.userId()).orElseThrow());
		assertThat(value(text, "ci", "api_base_url")).contains(this.emulator.baseUrl().toString());
		assertThat(auditLines()).singleElement()
			.asString()
			.contains("\"operation\":\"generate-user\"")
			.contains("\"name\":\"" + account.userName() + "\"")
			.contains("\"id\":\"" + account.userId() + "\"")
			.contains("\"api_id\":\"" + pair.apiId() + "\"")
			.contains("\"outcome\":\"ok\"");
	}

	@Test
	void generateUserRevealShowsTheSecretOnce() {
		SeedAccount account = this.emulator.serviceAccounts().get(3);

		assertThat(run("generate user " + account.userName() + " --reveal --yes")).as(err()).isZero();

		assertThat(err()).contains("warning: the new secret is shown in full below");
		String line = out().lines().filter((l) -> l.startsWith("api secret: ")).findFirst().orElseThrow();
		String revealed = line.substring("api secret: ".length()).strip();
		ApiCredentials pair = ApiCredentials.of(this.emulator.currentApiId(account.userId()).orElseThrow(), revealed);
		assertThat(clientSigningWith(pair).ownCredentials().apiId()).isEqualTo(pair.apiId());
		assertThat(out().split(revealed, -1)).hasSize(2);
	}

	@Test
	void generateUserWithoutDestinationInAScriptIsRefusedBeforeAnyRequest() {
		long before = requests();

		assertThat(run("generate user ci-payments-api --yes")).isEqualTo(ExitCodes.USAGE);

		assertThat(err()).contains("needs a destination").contains("--save-as").contains("--out").contains("--reveal");
		assertThat(requests()).isEqualTo(before);
	}

	@Test
	void generateUserWithoutDestinationAtATerminalAsks() {
		SeedAccount account = this.emulator.serviceAccounts().get(4);
		Path file = ROOT.resolve("asked.credentials");
		Answers terminal = new Answers("f", file.toString(), "y");

		assertThat(run("generate user " + account.userName(), terminal)).as(err()).isZero();

		assertThat(terminal.questions).hasSize(3);
		assertThat(terminal.questions.get(0)).contains("[p]rofile, [f]ile, [r]eveal");
		assertThat(terminal.questions.get(2))
			.containsIgnoringCase("generate new credentials for user " + account.userName())
			.contains("write them to the new file " + file);
		assertThat(pairOf(read(file), "default").apiId())
			.isEqualTo(this.emulator.currentApiId(account.userId()).orElseThrow());
	}

	@Test
	void generateUserRefusesTheSessionsOwnAccount() {
		String apiId = adminApiId();

		assertThat(run("generate user " + this.emulator.admin().userName() + " --reveal --yes"))
			.isEqualTo(ExitCodes.USAGE);

		assertThat(err()).contains("use 'generate self'");
		assertThat(adminApiId()).isEqualTo(apiId);
	}

	@Test
	void dryRunSendsNothingAndSavesNothing() {
		String before = read(CREDENTIALS);
		long requests = requests();

		assertThat(run("generate self --dry-run")).as(err()).isZero();
		assertThat(run("generate user ci-payments-api --dry-run")).as(err()).isZero();

		assertThat(requests()).isEqualTo(requests);
		assertThat(read(CREDENTIALS)).isEqualTo(before);
		assertThat(out()).contains("POST " + this.emulator.baseUrl() + "/api/authn/v2/api_credentials")
			.contains("search_term=ci-payments-api")
			.contains(RotationView.DRY_RUN_GENERATE);
		assertThat(rescueFiles()).isEmpty();
		assertThat(auditLines()).isEmpty();
	}

}
