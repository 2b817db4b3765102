package com.vcshell.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.profile.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The temp files a writer killed between its temp write and its rename leaves next to the
 * credentials file: deleted when they hold the file as it is, rescued first otherwise.
 */
class LeftoverTempFilesTests {

	private static final String OLD = "[demo]\nveracode_api_key_id = " + TestKeys.ID + "\n";

	@TempDir
	Path dir;

	private Path credentials;

	private SecretRescue rescue;

	@Test
	void aTempFileLeftByAKilledWriterIsRescuedThenDeleted() throws Exception {
		given();
		Path temp = tempOfAWriterKilledBeforeItsRename(TestKeys.section("demo"));
		assertThat(temp.getFileName().toString()).startsWith(".credentials.").endsWith(".tmp");

		List<AtomicFileWriter.Leftover> found = new AtomicFileWriter().recoverLeftovers(this.credentials, this.rescue);

		assertThat(found).singleElement().satisfies((leftover) -> {
			assertThat(leftover.temp()).isEqualTo(temp).doesNotExist();
			assertThat(Files.readString(leftover.rescuedTo())).contains(TestKeys.SECRET)
				.startsWith("# vcshell rescue file");
		});
		assertThat(Files.readString(this.credentials)).isEqualTo(OLD);
	}

	@Test
	void aTempFileThatHoldsTheFileAsItIsOrNothingIsDeletedWithoutARescue() throws Exception {
		given();
		Path same = Files.writeString(this.dir.resolve(".credentials.111.tmp"), OLD);
		Path empty = Files.writeString(this.dir.resolve(".credentials.222.tmp"), "");
		Path other = Files.writeString(this.dir.resolve(".other.333.tmp"), "not ours");

		List<AtomicFileWriter.Leftover> found = new AtomicFileWriter().recoverLeftovers(this.credentials, this.rescue);

		assertThat(found).extracting(AtomicFileWriter.Leftover::temp).containsExactly(same, empty);
		assertThat(found).extracting(AtomicFileWriter.Leftover::rescuedTo).containsOnlyNulls();
		assertThat(same).doesNotExist();
		assertThat(empty).doesNotExist();
		assertThat(other).exists();
		assertThat(this.dir.resolve(".vcshell")).doesNotExist();
	}

	@Test
	void withNothingLeftOverItTakesNoLock() throws Exception {
		given();

		assertThat(new AtomicFileWriter().recoverLeftovers(this.credentials, this.rescue)).isEmpty();

		assertThat(this.dir.resolve("credentials.lock")).doesNotExist();
	}

	@Test
	void aTempFileThatCannotBeRescuedIsKept() throws Exception {
		given();
		Path temp = Files.writeString(this.dir.resolve(".credentials.444.tmp"), TestKeys.section("demo"));
		SecretRescue nowhere = new SecretRescue(new VcshellHome(Files.writeString(this.dir.resolve("plain"), "")));

		assertThatExceptionOfType(VaultException.class)
			.isThrownBy(() -> new AtomicFileWriter().recoverLeftovers(this.credentials, nowhere));

		assertThat(temp).exists();
	}

	private void given() throws IOException {
		this.credentials = Files.writeString(this.dir.resolve("credentials"), OLD);
		this.rescue = new SecretRescue(new VcshellHome(this.dir.resolve(".vcshell")));
	}

	/**
	 * A real write stopped between the temp write and the rename, as a kill -9 would: the
	 * temp file keeps the name the writer gave it.
	 */
	private Path tempOfAWriterKilledBeforeItsRename(String newContent) throws IOException {
		AtomicReference<Path> kept = new AtomicReference<>();
		AtomicFileWriter killed = new AtomicFileWriter((temp) -> {
			Path copy = temp.resolveSibling(temp.getFileName() + ".keep");
			Files.copy(temp, copy);
			kept.set(temp);
			throw new IOException("killed");
		});
		assertThatExceptionOfType(IOException.class).isThrownBy(
				() -> killed.update(this.credentials, (current) -> newContent.getBytes(StandardCharsets.UTF_8)));
		Files.move(kept.get().resolveSibling(kept.get().getFileName() + ".keep"), kept.get());
		return kept.get();
	}

}
