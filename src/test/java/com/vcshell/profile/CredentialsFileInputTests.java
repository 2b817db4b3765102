package com.vcshell.profile;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.vault.AtomicFileWriter;

import static com.vcshell.profile.TestKeys.ID;
import static com.vcshell.profile.TestKeys.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Every reader of the credentials file on real special files: a FIFO, a device, a folder,
 * a huge file, bad UTF-8. Each test has a timeout on its own thread, so a regression that
 * blocks on a FIFO or reads {@code /dev/zero} forever fails instead of hanging the build.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CredentialsFileInputTests {

	@TempDir
	Path dir;

	private Path fifo() throws IOException, InterruptedException {
		Path fifo = this.dir.resolve("credentials");
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
		assertThat(mkfifo.waitFor()).isZero();
		return fifo;
	}

	private CredentialsStore store(Path file) {
		return new CredentialsStore(file, new AtomicFileWriter());
	}

	private ActiveProfile active(Path file) {
		CredentialsStore store = store(file);
		UserEnvironment env = new UserEnvironment(Map.of(), this.dir);
		return new ActiveProfile(store, new ProfileResolver(store, env, ProfileSettings.defaults()),
				new TestKeys.Warnings());
	}

	@Test
	void aFifoIsRefusedBeforeItIsOpenedByEveryReader() throws Exception {
		Path fifo = fifo();
		String expected = "cannot read " + fifo + ": it is not a regular file but a named pipe (FIFO)";
		assertThatThrownBy(() -> store(fifo).read()).isInstanceOf(ProfileException.class).hasMessage(expected);
		assertThatThrownBy(() -> store(fifo).save("a", ApiCredentials.of(ID, SECRET), null)).hasMessage(expected);
		assertThatThrownBy(() -> store(fifo).remove("a")).hasMessage(expected);
		assertThatThrownBy(() -> active(fifo).require()).hasMessage(expected);
		assertThatThrownBy(
				() -> new ProfileManager(store(fifo), active(fifo), new UserEnvironment(Map.of(), this.dir)).list())
			.hasMessage(expected);
		assertThat(Files.isRegularFile(fifo)).isFalse();
	}

	/**
	 * The window between the store's check and the writer's read: the file is a regular
	 * one when the save checks it, and a FIFO once the writer has the lock (another
	 * writer held it meanwhile). The writer looks again under the lock, before it opens.
	 */
	@Test
	void aFifoPutInPlaceWhileTheSaveWaitsForTheLockIsRefusedNotOpened() throws Exception {
		Path file = Files.writeString(this.dir.resolve("credentials"), TestKeys.section("a"));
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread save = new Thread(() -> {
			try {
				store(file).save("b", ApiCredentials.of(ID, SECRET), null);
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
		});
		try (FileChannel lockFile = FileChannel.open(this.dir.resolve("credentials.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock held = lockFile.lock()) {
			save.start();
			awaitAWriterWaitingForTheLock();
			Files.delete(file);
			assertThat(fifo()).isEqualTo(file);
		}
		save.join();

		assertThat(failure.get()).isInstanceOf(ProfileException.class)
			.hasMessage("could not save profile [b] to " + file + ": not a regular file (the file is unchanged)");
		assertThat(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
			.as("still the FIFO")
			.isTrue();
	}

	/** Until a thread is in the writer's wait for its lock (it retries every 5 ms). */
	private static void awaitAWriterWaitingForTheLock() throws InterruptedException {
		while (Thread.getAllStackTraces()
			.values()
			.stream()
			.flatMap(Arrays::stream)
			.noneMatch((frame) -> frame.getClassName().equals(AtomicFileWriter.class.getName())
					&& frame.getMethodName().equals("acquire"))) {
			Thread.sleep(5);
		}
	}

	@Test
	void aSymbolicLinkToDevZeroIsRefusedAtOnce() throws IOException {
		Path link = Files.createSymbolicLink(this.dir.resolve("credentials"), Path.of("/dev/zero"));
		assertThatThrownBy(() -> store(link).read()).isInstanceOf(ProfileException.class)
			.hasMessage("cannot read " + link + ": it is not a regular file but a character device");
		assertThatThrownBy(() -> store(link).save("a", ApiCredentials.of(ID, SECRET), null))
			.hasMessageEndingWith("a character device");
	}

	@Test
	void aSymbolicLinkToARegularFileIsFollowed() throws IOException {
		Path real = Files.writeString(this.dir.resolve("real"), TestKeys.section("a"));
		Path link = Files.createSymbolicLink(this.dir.resolve("credentials"), real);
		assertThat(store(link).profileNames()).containsExactly("a");
	}

	@Test
	void aFolderIsRefusedSayingSo() {
		assertThatThrownBy(() -> store(this.dir).read()).isInstanceOf(ProfileException.class)
			.hasMessage("cannot read " + this.dir + ": it is a directory");
	}

	@Test
	void aFileOverOneMebibyteIsRefusedWithoutReadingIt() throws IOException {
		Path big = this.dir.resolve("credentials");
		try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
			sparse.setLength(CredentialsFileInput.MAX_BYTES + 1L);
		}
		assertThatThrownBy(() -> store(big).read()).isInstanceOf(ProfileException.class)
			.hasMessageStartingWith("cannot read " + big + ": it is larger than 1 MiB");
		assertThatThrownBy(() -> store(big).save("a", ApiCredentials.of(ID, SECRET), null))
			.hasMessageStartingWith("cannot read " + big + ": it is larger than 1 MiB");
		assertThat(Files.size(big)).isEqualTo(CredentialsFileInput.MAX_BYTES + 1L);
	}

	@Test
	void exactlyOneMebibyteIsRead() throws IOException {
		String section = TestKeys.section("a");
		Path file = Files.writeString(this.dir.resolve("credentials"),
				section + "#".repeat(CredentialsFileInput.MAX_BYTES - section.length()));
		assertThat(store(file).profileNames()).containsExactly("a");
	}

	@Test
	void bytesBeyondTheCapAreNeverDecoded() {
		byte[] tooMany = new byte[CredentialsFileInput.MAX_BYTES + 1];
		assertThatThrownBy(() -> CredentialsFileInput.decode(Path.of("c"), tooMany))
			.hasMessageStartingWith("cannot read c: it is larger than 1 MiB");
	}

	@Test
	void aFileThatIsNotThereIsAnEmptyFile() throws IOException {
		assertThat(store(this.dir.resolve("none")).profileNames()).isEmpty();
		Path dangling = Files.createSymbolicLink(this.dir.resolve("dangling"), this.dir.resolve("gone"));
		assertThat(store(dangling).profileNames()).isEmpty();
	}

	@Test
	void aParentThatIsAFileSaysNotADirectory() throws IOException {
		Path file = Files.writeString(this.dir.resolve("plain"), "");
		assertThatThrownBy(() -> store(file.resolve("credentials")).read())
			.hasMessage("cannot read " + file.resolve("credentials") + ": not a directory");
	}

	@Test
	void aLoopOfLinksAndAFileThatFailsToReadSayWhy() throws IOException {
		Path a = this.dir.resolve("a");
		Files.createSymbolicLink(a, this.dir.resolve("b"));
		Files.createSymbolicLink(this.dir.resolve("b"), a);
		assertThatThrownBy(() -> store(a).read()).isInstanceOf(ProfileException.class)
			.hasMessageStartingWith("cannot read " + a + ": too many levels of symbolic links");
		Path mem = Path.of("/proc/self/mem");
		assumeThat(Files.isRegularFile(mem)).as("Linux /proc").isTrue();
		assertThatThrownBy(() -> store(mem).read()).isInstanceOf(ProfileException.class)
			.hasMessage("cannot read /proc/self/mem: Input/output error");
	}

	@Test
	void anUnreadableFileSaysPermissionDenied() throws IOException {
		assertThatThrownBy(() -> store(unreadableFile()).read())
			.hasMessage("cannot read " + unreadableFile() + ": permission denied");
	}

	/**
	 * A regular file this process may not read. Root reads a mode-000 file, so as root
	 * (CI containers) it is a write-only sysctl: the kernel refuses root a read there.
	 */
	private Path unreadableFile() throws IOException {
		if ("root".equals(System.getProperty("user.name"))) {
			Path writeOnly = Path.of("/proc/sys/vm/drop_caches");
			assertThat(writeOnly).isRegularFile();
			return writeOnly;
		}
		Path file = this.dir.resolve("credentials");
		if (!Files.exists(file)) {
			Files.writeString(file, TestKeys.section("a"));
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
		}
		return file;
	}

	@Test
	void theJdksBareMessagesBecomeReasons() {
		Path file = Path.of("/x/credentials");
		assertThat(CredentialsFileInput.reason(file, new AccessDeniedException(file.toString())))
			.isEqualTo("permission denied");
		assertThat(CredentialsFileInput.reason(file, new AccessDeniedException("/x/.credentials.lock")))
			.isEqualTo("permission denied (/x/.credentials.lock)");
		assertThat(CredentialsFileInput.reason(file, new NoSuchFileException(file.toString()))).isEqualTo("not found");
		assertThat(CredentialsFileInput.reason(file, new FileSystemException(file.toString(), null, "Is a directory")))
			.isEqualTo("is a directory");
		assertThat(CredentialsFileInput.reason(file, new IOException(file.toString()))).isEqualTo("IOException");
		assertThat(CredentialsFileInput.reason(file, new IOException("disk\non fire"))).isEqualTo("disk\\non fire");
	}

	@Test
	void invalidUtf8NamesTheLineAndByteOffset() throws IOException {
		Path file = this.dir.resolve("credentials");
		byte[] text = "[a]\r\n# caf\u00e9\rkey = x\n".getBytes(StandardCharsets.UTF_8);
		byte[] bad = new byte[text.length + 2];
		System.arraycopy(text, 0, bad, 0, text.length);
		bad[text.length] = (byte) 0xC3;
		bad[text.length + 1] = '(';
		Files.write(file, bad);
		assertThatThrownBy(() -> store(file).read()).isInstanceOf(ProfileException.class)
			.hasMessage(file + " line 4: not valid UTF-8 (byte offset " + text.length + "); save the file as UTF-8");
	}

	@Test
	void utf16IsRecognised() throws IOException {
		Path file = Files.write(this.dir.resolve("credentials"),
				("\uFEFF" + TestKeys.section("a")).getBytes(StandardCharsets.UTF_16LE));
		assertThatThrownBy(() -> store(file).read()).hasMessage(
				file + " line 1: not valid UTF-8 (byte offset 0), it looks like UTF-16; save the file as UTF-8");
	}

	@Test
	void aTruncatedSequenceAtTheEndIsInvalidToo() {
		byte[] bytes = { '[', 'a', ']', '\n', (byte) 0xE2, (byte) 0x82 };
		assertThatThrownBy(() -> CredentialsFileInput.decode(Path.of("c"), bytes))
			.hasMessage("c line 2: not valid UTF-8 (byte offset 4); save the file as UTF-8");
		assertThat(CredentialsFileInput.decode(Path.of("c"), "\uFEFF[\u00e9]".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("\uFEFF[\u00e9]");
	}

}
