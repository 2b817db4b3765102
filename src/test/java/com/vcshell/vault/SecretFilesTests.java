package com.vcshell.vault;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.vcshell.profile.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The rescue file, new credentials files and the audit log, on real files. */
class SecretFilesTests {

	private static final Instant NOW = Instant.parse("2026-06-01T12:34:56.789Z");

	@TempDir
	Path home;

	private VcshellHome vcshellHome() {
		return new VcshellHome(this.home.resolve(".vcshell"));
	}

	@Test
	void aRescueFileIsOwnerOnlyNamedByUtcTimeAndReadableAsCredentials() throws Exception {
		SecretRescue rescue = new SecretRescue(vcshellHome(), Clock.fixed(NOW, ZoneOffset.UTC));

		Path file = rescue.rescue("ci", TestKeys.ID, TestKeys.SECRET, URI.create("http://127.0.0.1:8080"), "disk full");

		assertThat(file).isEqualTo(this.home.resolve(".vcshell/rescue-20260601T123456Z.credentials"));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
			.isEqualTo("rwx------");
		assertThat(TestKeys.apiIdOf(Files.readString(file), "ci")).isEqualTo(TestKeys.ID);
		assertThat(Files.readString(file)).contains("disk full").contains("api_base_url = http://127.0.0.1:8080");
	}

	@Test
	void aSecondRescueInTheSameSecondGetsItsOwnFile() {
		SecretRescue rescue = new SecretRescue(vcshellHome(), Clock.fixed(NOW, ZoneOffset.UTC));

		Path first = rescue.rescue("default", TestKeys.ID, TestKeys.SECRET, null, "x");
		Path second = rescue.rescue("default", TestKeys.ID, TestKeys.SECRET, null, "x");

		assertThat(second).isNotEqualTo(first).hasFileName("rescue-20260601T123456Z-1.credentials");
	}

	@Test
	void aRescueThatCannotBeWrittenSaysWhereWithoutTheSecret() throws Exception {
		Path plainFile = Files.writeString(this.home.resolve("plain"), "");
		SecretRescue rescue = new SecretRescue(new VcshellHome(plainFile));

		assertThatExceptionOfType(VaultException.class)
			.isThrownBy(() -> rescue.rescue("default", TestKeys.ID, TestKeys.SECRET, null, "x"))
			.withMessageContaining(plainFile.toString())
			.withMessageNotContaining(TestKeys.SECRET);
	}

	@Test
	void aNewCredentialsFileIsNeverOverwritten() throws Exception {
		NewCredentialsFiles files = new NewCredentialsFiles();
		Path file = this.home.resolve("out/new.credentials");

		files.create(file, "default", TestKeys.ID, TestKeys.SECRET, null, null);

		assertThat(Files.readString(file)).isEqualTo(TestKeys.section("default"));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThatExceptionOfType(VaultException.class)
			.isThrownBy(() -> files.create(file, "default", TestKeys.EU_ID, TestKeys.EU_SECRET, null, null))
			.withMessageContaining("never overwritten");
		assertThat(Files.readString(file)).isEqualTo(TestKeys.section("default"));
	}

	@Test
	void auditLinesAreJsonWithTheAgreedFields() throws Exception {
		AuditLog log = new AuditLog(vcshellHome());
		AuditEntry entry = AuditEntry.begin(NOW, "prod", "api.veracode.eu", "generate-user")
			.withTarget("ci-api", "1b2c")
			.withResult("abcd", NOW.plusSeconds(86_400))
			.failed("403 Forbidden on POST /api/authn/v2/api_credentials/user_id/1b2c:\n you need Admin API");

		log.append(entry);
		log.append(entry.ok());

		List<String> lines = Files.readAllLines(log.file());
		assertThat(lines).hasSize(2);
		JsonNode json = JsonMapper.builder().build().readTree(lines.get(0));
		assertThat(json.get("time").asString()).isEqualTo("2026-06-01T12:34:56.789Z");
		assertThat(json.get("profile").asString()).isEqualTo("prod");
		assertThat(json.get("host").asString()).isEqualTo("api.veracode.eu");
		assertThat(json.get("operation").asString()).isEqualTo("generate-user");
		assertThat(json.get("target_user").get("name").asString()).isEqualTo("ci-api");
		assertThat(json.get("api_id").asString()).isEqualTo("abcd");
		assertThat(json.get("expiry").asString()).isEqualTo("2026-06-02T12:34:56.789Z");
		assertThat(json.get("outcome").asString()).startsWith("failed: 403 Forbidden").doesNotContain("\n");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log.file()))).isEqualTo("rw-------");
	}

	@Test
	void concurrentAppendsNeverInterleave() throws Exception {
		AuditLog log = new AuditLog(vcshellHome());
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> writes = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			AuditEntry entry = AuditEntry.begin(NOW, "p" + i, "h", "revoke-id").withResult("x".repeat(500), null).ok();
			writes.add(pool.submit(() -> log.append(entry)));
		}
		for (Future<?> write : writes) {
			write.get();
		}
		pool.shutdown();

		JsonMapper json = JsonMapper.builder().build();
		List<String> lines = Files.readAllLines(log.file());
		assertThat(lines).hasSize(40)
			.allSatisfy((line) -> assertThat(json.readTree(line).get("outcome").asString()).isEqualTo("ok"));
	}

}
