package com.vcshell.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.vault.AtomicFileWriter;

import static com.vcshell.profile.TestKeys.ID;
import static com.vcshell.profile.TestKeys.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The single writer on real files with real permissions. */
class CredentialsStoreTests {

	private static final ApiCredentials PAIR = ApiCredentials.of(ID, SECRET);

	@TempDir
	Path home;

	private Path file() {
		return this.home.resolve(".veracode/credentials");
	}

	private CredentialsStore store() {
		return new CredentialsStore(file(), new AtomicFileWriter());
	}

	@Test
	void findsTheFileByOptionThenVariableThenHome() {
		UserEnvironment env = new UserEnvironment(Map.of("HOME", "/h", "VCSHELL_CREDENTIALS_FILE", "/v/c"),
				Path.of("/u"));
		assertThat(CredentialsStore.locate(new ProfileSettings(Path.of("/o/c"), null), env)).isEqualTo(Path.of("/o/c"));
		assertThat(CredentialsStore.locate(ProfileSettings.defaults(), env)).isEqualTo(Path.of("/v/c"));
		assertThat(CredentialsStore.locate(ProfileSettings.defaults(),
				new UserEnvironment(Map.of("HOME", "/h"), Path.of("/u"))))
			.isEqualTo(Path.of("/h/.veracode/credentials"));
		assertThat(CredentialsStore.locate(ProfileSettings.defaults(), new UserEnvironment(Map.of(), Path.of("/u"))))
			.isEqualTo(Path.of("/u/.veracode/credentials"));
	}

	@Test
	void createsFolderAndFileOwnerOnly() throws IOException {
		store().save("default", PAIR, null);
		assertThat(store().profileNames()).containsExactly("default");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent())))
			.isEqualTo("rwx------");
		assertThat(store().exposureWarning()).isEmpty();
	}

	@Test
	void rewritesAReadableFileAsOwnerOnlyAndWarnsBefore() throws IOException {
		Files.createDirectories(file().getParent());
		Files.writeString(file(), TestKeys.section("a"));
		Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));
		assertThat(store().exposureWarning()).hasValueSatisfying(w -> assertThat(w).contains("chmod 600 " + file()));
		store().save("b", PAIR, null);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
		assertThat(store().exposureWarning()).isEmpty();
	}

	@Test
	void aCrashBetweenTempWriteAndRenameLeavesTheOriginalIntact() throws IOException {
		// given
		String original = "# keep me\r\n" + TestKeys.section("default");
		Files.createDirectories(file().getParent());
		Files.writeString(file(), original);
		List<Path> temps = new ArrayList<>();
		CredentialsStore crashing = new CredentialsStore(file(), new AtomicFileWriter((temp) -> {
			temps.add(temp);
			assertThat(Files.readString(temp)).contains("[other]");
			throw new IOException("simulated crash");
		}));
		// when
		assertThatThrownBy(() -> crashing.save("other", PAIR, null)).isInstanceOf(ProfileException.class)
			.hasMessageContaining("simulated crash")
			.hasMessageContaining("the file is unchanged")
			.message()
			.doesNotContain(SECRET);
		// then
		assertThat(Files.readString(file())).isEqualTo(original);
		assertThat(temps).hasSize(1);
		assertThat(temps.get(0)).doesNotExist();
		assertThat(temps.get(0).getParent()).isEqualTo(file().getParent());
	}

	@Test
	void writesThroughASymbolicLink() throws IOException {
		Path real = Files.createDirectories(this.home.resolve("dotfiles")).resolve("credentials");
		Files.writeString(real, TestKeys.section("a"));
		Files.createDirectories(file().getParent());
		Files.createSymbolicLink(file(), real);
		store().save("b", PAIR, null);
		assertThat(Files.isSymbolicLink(file())).isTrue();
		assertThat(Files.readString(real)).contains("[a]", "[b]");
	}

	@Test
	void refusesToEditAMalformedOrNonUtf8File() throws IOException {
		Files.createDirectories(file().getParent());
		Files.writeString(file(), "[a]\n[a]\n");
		assertThatThrownBy(() -> store().save("b", PAIR, null)).hasMessageContaining("line 2");
		assertThat(Files.readString(file())).isEqualTo("[a]\n[a]\n");
		Files.write(file(), new byte[] { '[', 'a', ']', '\n', (byte) 0xC3, 0x28 });
		assertThatThrownBy(() -> store().profileNames()).isInstanceOf(ProfileException.class)
			.hasMessage(file() + " line 2: not valid UTF-8 (byte offset 4); save the file as UTF-8");
	}

	@Test
	void refusesNamesThatCannotBeASection() {
		assertThatThrownBy(() -> store().save("a]b", PAIR, null)).isInstanceOf(ProfileException.class)
			.hasMessageStartingWith("invalid profile name");
		assertThat(file()).doesNotExist();
	}

	@Test
	void removeKeepsTheRest() throws IOException {
		Files.createDirectories(file().getParent());
		String text = "; c\r\n" + TestKeys.section("a") + "\n" + TestKeys.section("b");
		Files.writeString(file(), text);
		store().remove("b");
		assertThat(Files.readString(file())).isEqualTo("; c\r\n" + TestKeys.section("a"));
		assertThatThrownBy(() -> store().remove("b")).isInstanceOf(ProfileException.class);
	}

	@Test
	void concurrentWritersInOneProcessLoseNothing() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String name = "p" + i;
			CredentialsStore own = store(); // one store each: the OS lock must hold them
											// apart
			done.add(pool.submit(() -> own.save(name, PAIR, null)));
		}
		for (Future<?> future : done) {
			future.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertThat(store().profileNames()).hasSize(40);
		assertThat(Files.readString(file(), StandardCharsets.UTF_8)).doesNotContain("\n\n\n");
	}

}
