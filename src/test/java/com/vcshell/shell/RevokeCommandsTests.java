package com.vcshell.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.emulator.SeedAccount;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import com.vcshell.cli.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

class RevokeCommandsTests extends EmulatorShellFixture {

	@Autowired
	ProfilePrompt prompt;

	@Test
	void revokeSelfWarnsAsksMarksTheProfileRevokedAndLaterCommandsSayWhy() {
		Answers terminal = new Answers("y");

		assertThat(run("revoke self", terminal)).as(err()).isZero();

		assertThat(err()).contains("locks this profile out");
		assertThat(terminal.questions).singleElement().asString().contains("locking this profile out");
		assertThat(this.emulator.currentApiId(this.emulator.admin().userId())).isEmpty();
		assertThat(this.active.revoked()).isTrue();
		assertThat(this.prompt.text()).contains("demo@").contains("REVOKED");
		long before = requests();
		assertThat(run("generate self --yes")).isEqualTo(ExitCodes.CREDENTIALS);
		assertThat(err()).contains("were revoked in this session");
		assertThat(requests()).isEqualTo(before);
	}

	@Test
	void revokeSelfInAScriptNeedsYes() {
		long before = requests();

		assertThat(run("revoke self")).isEqualTo(ExitCodes.USAGE);

		assertThat(requests()).isEqualTo(before);
		assertThat(this.active.revoked()).isFalse();
		assertThat(run("revoke self --yes")).isZero();
		assertThat(this.active.revoked()).isTrue();
	}

	@Test
	void revokeUserByNameRevokesThatUsersPairOnly() {
		SeedAccount account = this.emulator.serviceAccounts().get(1);
		String adminApiId = adminApiId();

		assertThat(run("revoke user " + account.userName() + " --yes")).as(err()).isZero();

		assertThat(this.emulator.currentApiId(account.userId())).isEmpty();
		assertThat(adminApiId()).isEqualTo(adminApiId);
		assertThat(this.active.revoked()).isFalse();
		assertThat(out()).contains(account.apiId()).contains(account.userName());
	}

	@Test
	void revokeUserWithoutATerminalSendsNothing() {
		SeedAccount account = this.emulator.serviceAccounts().get(1);
		long before = requests();

		assertThat(run("revoke user " + account.userName())).isEqualTo(ExitCodes.USAGE);

		assertThat(requests()).isEqualTo(before);
		assertThat(this.emulator.currentApiId(account.userId())).contains(account.apiId());
	}

	@Test
	void revokeIdOfAnotherPair() {
		SeedAccount account = this.emulator.serviceAccounts().get(2);

		assertThat(run("revoke id " + account.apiId() + " --yes")).as(err()).isZero();

		assertThat(this.emulator.currentApiId(account.userId())).isEmpty();
		assertThat(this.active.revoked()).isFalse();
	}

	@Test
	void revokeIdOfTheSessionsOwnKeyCountsAsRevokeSelf() {
		Answers terminal = new Answers("y");

		assertThat(run("revoke id " + adminApiId(), terminal)).as(err()).isZero();

		assertThat(err()).contains("locks this profile out");
		assertThat(this.active.revoked()).isTrue();
		assertThat(this.prompt.text()).contains("REVOKED");
		assertThat(auditLines()).singleElement().asString().contains("\"operation\":\"revoke-self\"");
	}

	@Test
	void dryRunNeedsNoYesAndSendsNothing() {
		long before = requests();

		assertThat(run("revoke self --dry-run")).as(err()).isZero();
		assertThat(run("revoke id " + "ab".repeat(16) + " --dry-run")).as(err()).isZero();
		assertThat(run("revoke user ci-payments-api --dry-run")).as(err()).isZero();

		assertThat(requests()).isEqualTo(before);
		assertThat(this.active.revoked()).isFalse();
		assertThat(out()).contains("DELETE " + this.emulator.baseUrl() + "/api/authn/v2/api_credentials")
			.contains(RotationView.DRY_RUN_REVOKE);
		assertThat(auditLines()).isEmpty();
	}

	@Test
	void auditLogHasOneOwnerOnlyJsonLinePerOperation() throws Exception {
		SeedAccount account = this.emulator.serviceAccounts().get(3);
		assertThat(run("generate self --yes")).isZero();
		assertThat(run("revoke user " + account.userName() + " --yes")).isZero();
		assertThat(run("revoke id " + "ab".repeat(16) + " --yes")).isEqualTo(ExitCodes.NOT_FOUND);

		List<String> lines = auditLines();

		assertThat(lines).hasSize(3);
		JsonMapper json = JsonMapper.builder().build();
		JsonNode generate = json.readTree(lines.get(0));
		assertThat(generate.get("operation").asString()).isEqualTo("generate-self");
		assertThat(generate.get("profile").asString()).isEqualTo("demo");
		assertThat(generate.get("host").asString()).isEqualTo("127.0.0.1");
		assertThat(generate.get("api_id").asString()).isEqualTo(adminApiId());
		assertThat(generate.get("expiry").asString()).endsWith("Z");
		assertThat(generate.get("time").asString()).endsWith("Z");
		assertThat(generate.get("outcome").asString()).isEqualTo("ok");
		JsonNode revoke = json.readTree(lines.get(1));
		assertThat(revoke.get("operation").asString()).isEqualTo("revoke-user");
		assertThat(revoke.get("target_user").get("name").asString()).isEqualTo(account.userName());
		assertThat(revoke.get("target_user").get("id").asString()).isEqualTo(account.userId());
		assertThat(revoke.get("api_id").asString()).isEqualTo(account.apiId());
		JsonNode failed = json.readTree(lines.get(2));
		assertThat(failed.get("operation").asString()).isEqualTo("revoke-id");
		assertThat(failed.get("outcome").asString()).startsWith("failed: ");
		Path log = HOME.resolve(".vcshell").resolve("audit.log");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log.getParent())))
			.isEqualTo("rwx------");
	}

	@Test
	void noSecretOldOrNewReachesTheAuditLogOrAnyMessage() throws Exception {
		// given: the canaries
		ApiCredentials old = pairOf(read(CREDENTIALS), "demo");
		SeedAccount account = this.emulator.serviceAccounts().get(4);
		Path out = ROOT.resolve("ci.credentials");

		// when
		assertThat(run("generate self --yes")).isZero();
		assertThat(run("generate user " + account.userName() + " --save-as ci --yes")).isZero();
		assertThat(run("generate user " + account.userName() + " --out " + out + " --yes --json")).isZero();
		assertThat(run("revoke user " + account.userName() + " --yes")).isZero();

		// then
		String text = read(CREDENTIALS);
		List<String> secrets = List.of(old.secretHex(), pairOf(text, "demo").secretHex(),
				pairOf(text, "ci").secretHex(), pairOf(read(out), "default").secretHex(), account.apiSecret());
		String everything = String.join("\n", auditLines()) + out() + err();
		assertThat(auditLines()).hasSize(4);
		for (String secret : secrets) {
			assertThat(everything).doesNotContain(secret).doesNotContain(secret.substring(0, 16));
		}
	}

}
