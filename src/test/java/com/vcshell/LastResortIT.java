package com.vcshell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.emulator.IdentityEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Issue 10 §6 with real processes: {@code generate self --yes} from the launcher when
 * files cannot be written (a file size limit of 0, folders made immutable with
 * {@code chattr +i}) and standard streams point at {@code /dev/full}. Nothing is
 * generated that could not be kept; a pair that could be saved nowhere is shown on the
 * first stream that takes it, the exit code is 7 wherever that is, and no empty file ever
 * stands for a secret.
 */
class LastResortIT {

	@TempDir
	Path dir;

	private IdentityEmulator emulator;

	private Path credentials;

	private Path home;

	private final List<Path> immutable = new ArrayList<>();

	@BeforeEach
	void start() throws IOException {
		this.emulator = IdentityEmulator.start(0);
		this.credentials = this.dir.resolve("cfg/credentials");
		this.emulator.writeCredentialsFile(this.credentials);
		this.home = Files.createDirectories(this.dir.resolve("home"));
	}

	@AfterEach
	void stop() throws Exception {
		for (Path path : this.immutable) {
			chattr("-i", path);
		}
		this.emulator.close();
	}

	@Test
	void withAFileSizeLimitOfZeroNothingIsGeneratedAndNoEmptyFileIsLeft() throws Exception {
		String before = currentApiId();

		Vcshell.Result toFiles = generateSelf("ulimit -f 0; exec \"$@\" >\"$OUT\" 2>\"$ERR\"");
		Vcshell.Result toPipe = generateSelf("ulimit -f 0; exec \"$@\" >\"$OUT\"");

		assertThat(toFiles.exitCode()).as("stdout and stderr are files too: the code is all there is").isEqualTo(3);
		assertThat(this.dir.resolve("out")).isEmptyFile();
		assertThat(toPipe.exitCode()).isEqualTo(3);
		assertThat(toPipe.err()).startsWith("error: cannot write the pending journal in ")
			.endsWith("; nothing was generated\n");
		assertThat(currentApiId()).as("nothing was sent").isEqualTo(before);
		assertThat(filesUnder(this.home)).as("no empty file stands for a secret")
			.allSatisfy((file) -> assertThat(file).isNotEmptyFile());
	}

	@Test
	void savedNowhereAndStderrFullThePairGoesToStdoutWithExitSeven() throws Exception {
		nothingButTheJournalCanBeWritten();

		Vcshell.Result result = generateSelf("exec \"$@\" 2>/dev/full");

		assertThat(result.exitCode()).isEqualTo(7);
		assertThat(result.out()).contains("warning: the new credentials could not be saved anywhere; copy them now")
			.contains(currentPair());
		assertThat(pendingEntries()).as("the journal keeps the raw answer for the next start").hasSize(1);
	}

	@Test
	void savedNowhereAndBothStreamsFullTheJournalKeepsItForTheNextStart() throws Exception {
		nothingButTheJournalCanBeWritten();

		Vcshell.Result blind = generateSelf("exec \"$@\" >/dev/full 2>/dev/full");

		assertThat(blind.exitCode()).isEqualTo(7);
		assertThat(pendingEntries()).hasSize(1);
		for (Path path : this.immutable) {
			chattr("-i", path);
		}
		Vcshell.Result next = JarProcess.run(env(), null, "--credentials-file", this.credentials.toString(),
				"--profile", "demo", "profile", "list");
		assertThat(next.err()).contains("recovered: ").contains("rescue file");
		List<Path> rescued = filesUnder(this.home).stream()
			.filter((file) -> file.getFileName().toString().startsWith("rescue-"))
			.toList();
		assertThat(rescued).singleElement().satisfies((file) -> assertThat(file).content().contains(currentPair()));
		assertThat(pendingEntries()).isEmpty();
	}

	@Test
	void savedNowhereWithAWorkingStderrThePairAndWhereItIsAreOnStderr() throws Exception {
		nothingButTheJournalCanBeWritten();

		Vcshell.Result result = generateSelf("exec \"$@\"");

		assertThat(result.exitCode()).isEqualTo(7);
		assertThat(result.err()).contains(currentPair())
			.contains("the new pair is shown on standard error with a warning: copy it now")
			.contains("its raw answer is kept in " + this.home.resolve(".vcshell/pending"));
		assertThat(result.out()).doesNotContain(currentPair());
	}

	/**
	 * The credentials file's folder and {@code ~/.vcshell} immutable (no lock file, no
	 * temp file, no rescue file), all but the pending journal's folder and the audit log.
	 */
	private void nothingButTheJournalCanBeWritten() throws Exception {
		Path vcshell = this.home.resolve(".vcshell");
		Files.createDirectories(vcshell.resolve("pending"));
		Files.writeString(vcshell.resolve("audit.log"), "");
		assumeThat(chattr("+i", this.credentials.getParent())).as("chattr +i works here (root, ext4)").isTrue();
		this.immutable.add(this.credentials.getParent());
		assertThat(chattr("+i", vcshell)).isTrue();
		this.immutable.add(vcshell);
	}

	/** {@code generate self --yes} from the launcher under {@code sh -c script}. */
	private Vcshell.Result generateSelf(String script) throws Exception {
		JarProcess.warmUp();
		List<String> command = new ArrayList<>(List.of("sh", "-c", script, "sh", JarProcess.launcher().toString(),
				"--credentials-file", this.credentials.toString(), "--profile", "demo", "generate", "self", "--yes"));
		Map<String, String> env = new HashMap<>(env());
		env.put("OUT", this.dir.resolve("out").toString());
		env.put("ERR", this.dir.resolve("err").toString());
		return JarProcess.exec(command, null, env, null);
	}

	private Map<String, String> env() {
		return Map.of("HOME", this.home.toString());
	}

	private String currentApiId() {
		return this.emulator.currentApiId(this.emulator.admin().userId()).orElseThrow();
	}

	/** The emulator's current pair for {@code demo}, as id and secret lines. */
	private String currentPair() throws IOException {
		Path expected = this.dir.resolve("expected");
		this.emulator.writeCredentialsFile(expected);
		List<String> lines = Files.readAllLines(expected);
		int section = lines.indexOf("[demo]");
		return lines.get(section + 1) + "\n" + lines.get(section + 2);
	}

	private List<Path> pendingEntries() throws IOException {
		try (Stream<Path> files = Files.list(this.home.resolve(".vcshell/pending"))) {
			return files.toList();
		}
	}

	private static List<Path> filesUnder(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

	private static boolean chattr(String flag, Path path) throws Exception {
		Process process = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
		process.getInputStream().readAllBytes();
		return process.waitFor() == 0;
	}

}
