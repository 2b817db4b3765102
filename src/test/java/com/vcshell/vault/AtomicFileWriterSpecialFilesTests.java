package com.vcshell.vault;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.profile.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The writer reads what is at the path only when it is a regular file of at most 1 MiB,
 * checked under its lock, whatever its caller checked before. Each test has a timeout on
 * its own thread, so a regression that opens a FIFO fails instead of hanging the build.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AtomicFileWriterSpecialFilesTests {

	@TempDir
	Path dir;

	@Test
	void anUpdateOfAFifoIsRefusedBeforeItIsOpened() throws Exception {
		Path fifo = fifo("credentials");
		AtomicBoolean updated = new AtomicBoolean();

		assertThatExceptionOfType(FileSystemException.class)
			.isThrownBy(() -> new AtomicFileWriter().update(fifo, (current) -> {
				updated.set(true);
				return new byte[0];
			}))
			.withMessage(fifo + ": not a regular file");

		assertThat(updated).isFalse();
		assertThat(isFifo(fifo)).isTrue();
		assertThat(this.dir.resolve(".vcshell")).doesNotExist();
		try (var files = Files.list(this.dir)) {
			assertThat(files.map((path) -> path.getFileName().toString())).containsOnly("credentials",
					"credentials.lock");
		}
	}

	@Test
	void leftoversNextToAFifoAreKeptAndTheFifoIsNotOpened() throws Exception {
		Path fifo = fifo("credentials");
		Path temp = Files.writeString(this.dir.resolve(".credentials.111.tmp"), TestKeys.section("demo"));
		SecretRescue rescue = new SecretRescue(new VcshellHome(this.dir.resolve(".vcshell")));

		assertThatExceptionOfType(FileSystemException.class)
			.isThrownBy(() -> new AtomicFileWriter().recoverLeftovers(fifo, rescue))
			.withMessage(fifo + ": not a regular file");

		assertThat(temp).hasContent(TestKeys.section("demo"));
		assertThat(isFifo(fifo)).isTrue();
	}

	@Test
	void aFileOverOneMebibyteIsNotReadIntoMemory() throws IOException {
		Path big = this.dir.resolve("credentials");
		try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
			sparse.setLength(AtomicFileWriter.MAX_BYTES + 1L);
		}

		assertThatExceptionOfType(FileSystemException.class)
			.isThrownBy(() -> new AtomicFileWriter().update(big, (current) -> new byte[0]))
			.withMessage(big + ": larger than 1 MiB");

		assertThat(Files.size(big)).isEqualTo(AtomicFileWriter.MAX_BYTES + 1L);
	}

	@Test
	void exactlyOneMebibyteIsRead() throws IOException {
		String section = TestKeys.section("a");
		Path file = Files.writeString(this.dir.resolve("credentials"),
				section + "#".repeat(AtomicFileWriter.MAX_BYTES - section.length()));

		new AtomicFileWriter().update(file, (current) -> {
			assertThat(current).hasSize(AtomicFileWriter.MAX_BYTES);
			return section.getBytes(StandardCharsets.UTF_8);
		});

		assertThat(file).hasContent(section);
	}

	private Path fifo(String name) throws IOException, InterruptedException {
		Path fifo = this.dir.resolve(name);
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
		assertThat(mkfifo.waitFor()).isZero();
		return fifo;
	}

	private static boolean isFifo(Path path) throws IOException {
		return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther();
	}

}
