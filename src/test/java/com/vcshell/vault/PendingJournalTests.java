package com.vcshell.vault;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.FcntlLockHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The pending journal on real files: entries, answers, claims, locks held elsewhere. */
class PendingJournalTests {

	private static final byte[] ANSWER = "{\"api_id\":\"abc\",\"api_secret\":\"0123\"}"
		.getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path dir;

	private PendingJournal journal() {
		return new PendingJournal(new VcshellHome(this.dir.resolve(".vcshell")));
	}

	@Test
	void anEntryIsOwnerOnlyAndHoldsItsContextBeforeAnyAnswer() throws Exception {
		PendingJournal journal = journal();
		Map<String, String> context = new LinkedHashMap<>();
		context.put("operation", "generate-self");
		context.put("profile", "demo");

		PendingEntry entry = journal.begin(context);

		assertThat(entry.file().getParent()).isEqualTo(this.dir.resolve(".vcshell/pending"));
		assertThat(entry.file().getFileName().toString()).matches("\\d{8}T\\d{6}\\.\\d{3}Z-[0-9a-f]{8}\\.jsonl");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(entry.file()))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(entry.file().getParent())))
			.isEqualTo("rwx------");
		assertThat(Files.readString(entry.file())).startsWith("{\"time\":\"")
			.contains("\"operation\":\"generate-self\",\"profile\":\"demo\"}")
			.endsWith("}\n");
		assertThat(journal.waiting()).containsExactly(entry.file());
		entry.release();
	}

	@Test
	void theAnswerIsOnDiskOnceRecordedAndReadBackByAClaim() throws Exception {
		PendingJournal journal = journal();
		PendingEntry entry = journal.begin(Map.of("profile", "demo"));

		assertThat(entry.recordAnswer(ANSWER)).isTrue();
		entry.release(); // the process died here

		PendingEntry claimed = journal.claim(entry.file()).orElseThrow();
		assertThat(claimed.answer()).isEqualTo(ANSWER);
		assertThat(claimed.context()).containsEntry("profile", "demo").containsKey("time");
		assertThat(claimed.toString()).doesNotContain("0123");
		claimed.remove();
		assertThat(entry.file()).doesNotExist();
		assertThat(journal.waiting()).isEmpty();
	}

	@Test
	void anAnswerCutShortCountsAsNoAnswer() throws Exception {
		PendingJournal journal = journal();
		PendingEntry entry = journal.begin(Map.of("profile", "demo"));
		entry.release();
		Files.writeString(entry.file(), "{\"answer_base64\":\"eyJhcGlf", StandardOpenOption.APPEND);

		PendingEntry claimed = journal.claim(entry.file()).orElseThrow();

		assertThat(claimed.answer()).isNull();
		assertThat(claimed.context()).containsEntry("profile", "demo");
		claimed.release();
	}

	@Test
	void anEntryAnotherProcessHoldsIsNotClaimed() throws Exception {
		assumeThat(FcntlLockHolder.available()).as("python3 with fcntl").isTrue();
		PendingJournal journal = journal();
		PendingEntry entry = journal.begin(Map.of("profile", "demo"));
		entry.release();

		try (FcntlLockHolder other = FcntlLockHolder.lock(entry.file())) {
			assertThat(journal.claim(entry.file())).as("while another process holds it").isEmpty();
		}
		assertThat(journal.claim(entry.file())).as("once it let go").isPresent();
	}

	@Test
	void anEntryRemovedByAnotherClaimIsNotClaimedAgain() throws Exception {
		PendingJournal journal = journal();
		PendingEntry entry = journal.begin(Map.of("profile", "demo"));
		entry.release();
		List<Path> seen = journal.waiting();

		journal.claim(seen.get(0)).orElseThrow().remove();

		assertThat(journal.claim(seen.get(0))).isEmpty();
	}

	@Test
	void anUnreadableEntryIsKeptAsideAndNoLongerWaits() throws Exception {
		PendingJournal journal = journal();
		PendingEntry entry = journal.begin(Map.of("profile", "demo"));
		entry.recordAnswer("<html>".getBytes(StandardCharsets.UTF_8));

		Path kept = entry.keepUnreadable();

		assertThat(kept).exists().hasFileName(entry.file().getFileName() + ".unreadable");
		assertThat(journal.waiting()).isEmpty();
	}

	@Test
	void aCreationThatNeverFinishedIsSweptAndAnEmptyFolderCostsNothing() throws Exception {
		PendingJournal journal = journal();
		assertThat(journal.waiting()).isEmpty();
		assertThat(journal.folder()).doesNotExist();
		Path folder = Files.createDirectories(journal.folder());
		Path hidden = Files.writeString(folder.resolve(".20260101T000000.000Z-0000abcd.jsonl.new"), "{\"time\"");

		assertThat(journal.waiting()).isEmpty();
		assertThat(hidden).doesNotExist();
	}

	@Test
	void anEntryThatCannotBeWrittenSaysNothingWasGeneratedAndLeavesNothing() throws Exception {
		Path notAFolder = Files.writeString(this.dir.resolve("plain"), "");
		PendingJournal journal = new PendingJournal(new VcshellHome(notAFolder));

		assertThatExceptionOfType(VaultException.class).isThrownBy(() -> journal.begin(Map.of("profile", "demo")))
			.withMessageContaining("cannot write the pending journal in " + notAFolder.resolve("pending"))
			.withMessageEndingWith("nothing was generated");
	}

}
