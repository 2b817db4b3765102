package com.vcshell.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The rotation journals, on real files. */
class RotationJournalsTests {

	private static final Instant START = Instant.parse("2026-12-01T10:15:30.123Z");

	@TempDir
	Path home;

	private RotationJournals journals() {
		return new RotationJournals(new VcshellHome(this.home.resolve(".vcshell")));
	}

	@Test
	void aJournalIsOwnerOnlyInAnOwnerOnlyFolderNamedByPlanAndUtcStart() throws Exception {
		Path journal = journals().create("payments", START);

		assertThat(journal).isEqualTo(this.home.resolve(".vcshell/rotations/payments-20261201T101530Z.jsonl"));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(journal))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(journal.getParent())))
			.isEqualTo("rwx------");
		assertThat(journal).isEmptyFile();
	}

	@Test
	void twoRunsInOneSecondGetTwoJournalsAndTheNewestIsTheLaterOne() {
		RotationJournals journals = journals();
		Path first = journals.create("payments", START);
		Path second = journals.create("payments", START);
		Path older = journals.create("zeta", START.minusSeconds(3600));

		assertThat(second).hasFileName("payments-20261201T101530Z-1.jsonl");
		assertThat(first).hasFileName("payments-20261201T101530Z.jsonl");
		assertThat(older).hasFileName("zeta-20261201T091530Z.jsonl");
		assertThat(journals.newest()).as("by start time, not by name").contains(second);
	}

	@Test
	void linesAreAppendedInOrderAndACutShortLastLineIsNotRead() throws Exception {
		RotationJournals journals = journals();
		Path journal = journals.create("p", START);
		journals.append(journal, "{\"step\":\"start\"}");
		journals.append(journal, "{\"step\":\"check\"}");
		Files.writeString(journal, "{\"step\":\"gen", java.nio.file.StandardOpenOption.APPEND);

		assertThat(journals.read(journal)).containsExactly("{\"step\":\"start\"}", "{\"step\":\"check\"}");
	}

	@Test
	void anythingSecretLikeIsMaskedBeforeItIsWritten() throws Exception {
		RotationJournals journals = journals();
		Path journal = journals.create("p", START);
		String secret = "5ec2e75ec2e7" + "0123456789abcdef".repeat(7);
		String apiId = "0123456789abcdef0123456789abcdef";

		journals.append(journal, "{\"api_id\":\"" + apiId + "\",\"x\":\"" + secret + "\",\"y\":\"vera01es-" + secret
				+ "\",\"z\":\"VERA01EU-ab\"}");

		String text = Files.readString(journal);
		assertThat(text).contains(apiId).doesNotContain(secret.substring(0, 33)).doesNotContain("vera01es-");
		assertThat(text).as("an id prefix is no secret").contains("VERA01EU-ab");
	}

	@Test
	void aPendingInterruptDoesNotCostTheLineAndIsKept() throws Exception {
		RotationJournals journals = journals();
		Path journal = journals.create("p", START);

		Thread.currentThread().interrupt();
		try {
			journals.append(journal, "{\"step\":\"done\"}");
		}
		finally {
			assertThat(Thread.interrupted()).as("the interrupt is raised again").isTrue();
		}

		assertThat(journals.read(journal)).containsExactly("{\"step\":\"done\"}");
	}

	@Test
	void aJournalThatCannotBeWrittenIsAVaultFailure() throws Exception {
		Path notAFolder = Files.writeString(this.home.resolve("file"), "");
		RotationJournals journals = new RotationJournals(new VcshellHome(notAFolder));

		assertThatExceptionOfType(VaultException.class).isThrownBy(() -> journals.create("p", START))
			.withMessageStartingWith("could not create a rotation journal in " + notAFolder.resolve("rotations"));
	}

	@Test
	void planNamesBecomeSafeFileNames() {
		assertThat(RotationJournals.safeName("ci payments/2026")).isEqualTo("ci-payments-2026");
		assertThat(RotationJournals.safeName("..")).isEqualTo("plan..");
		assertThat(RotationJournals.safeName("")).isEqualTo("plan");
	}

}
