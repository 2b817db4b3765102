package com.vcshell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.emulator.IdentityEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher {@code ./vcshell}: the fast way (Spring AOT and a class-data archive) with
 * the same behaviour as {@code java -jar}; arguments, streams and exit codes passed
 * through; an archive per build, made once even by racing first starts; and a start
 * without one when its cache cannot be written.
 */
class LauncherIT {

	@TempDir
	Path dir;

	/**
	 * An emulator, a credentials file and an empty HOME for each test, in {@link #dir}.
	 */
	@RegisterExtension
	final EmulatorHome fixture = EmulatorHome.eachTest(() -> this.dir);

	@Test
	void runsInAotModeWithClassesFromTheArchive() throws Exception {
		Path classes = this.dir.resolve("classes.log");

		Vcshell.Result result = JarProcess.run(Map.of("HOME", this.fixture.home().toString(), "VCSHELL_JAVA_OPTS",
				"-Xlog:class+load=info:file=" + classes), null, "help");

		assertThat(result.exitCode()).isZero();
		List<String> loaded = Files.readAllLines(classes);
		assertThat(loaded)
			.anyMatch((line) -> line.contains(" com.vcshell.VcshellApplication__ApplicationContextInitializer "));
		assertThat(loaded)
			.anyMatch((line) -> line.contains(" com.vcshell.VcshellApplication source: shared objects file"));
		long shared = loaded.stream().filter((line) -> line.contains("source: shared objects file")).count();
		assertThat(shared).as("classes from the archive, of %s", loaded.size()).isGreaterThan(loaded.size() * 9L / 10);
	}

	@Test
	void givesWhatTheFatJarGives() throws Exception {
		String file = this.fixture.credentials().toString();
		String script = String.join("\n", "help", "help whoami", "nosuch", "format yaml", "whoami",
				"profile list --json", "expiration self", "profile use demo-readonly", "users list",
				"profile use nobody", "");
		Map<String, String> env = Map.of("HOME", this.fixture.home().toString());
		String[] session = { "--credentials-file", file, "--profile", "demo", "--continue-on-error" };
		String[] unknownProfile = { "--credentials-file", file, "--profile", "nobody", "whoami" };

		Vcshell.Result fast = JarProcess.run(env, script, session);
		Vcshell.Result fat = JarProcess.runFatJar(env, script, session);
		Vcshell.Result fastUnknown = JarProcess.run(env, null, unknownProfile);
		Vcshell.Result fatUnknown = JarProcess.runFatJar(env, null, unknownProfile);

		assertThat(fast).isEqualTo(fat);
		assertThat(fast.out()).contains("vcshell-admin-api", "Built-In Commands");
		assertThat(fast.err()).contains("script: 10 commands, 6 succeeded, 4 failed");
		assertThat(fastUnknown).isEqualTo(fatUnknown);
		assertThat(fastUnknown.exitCode()).isEqualTo(3);
	}

	@Test
	void passesArgumentsStdinStreamsAndExitCodesFromAnyFolderAndThroughALink() throws Exception {
		Path spaced = Files.createDirectories(this.dir.resolve("a folder with spaces"));
		Path credentials = spaced.resolve("credentials");
		this.fixture.emulator().writeCredentialsFile(credentials);
		Path elsewhere = Files.createDirectories(this.dir.resolve("elsewhere"));
		Path link = Files.createSymbolicLink(elsewhere.resolve("vc"), JarProcess.launcher());
		Map<String, String> env = Map.of("HOME", this.fixture.home().toString());

		Vcshell.Result listed = JarProcess.exec(
				List.of(link.toString(), "--credentials-file", credentials.toString(), "profile", "list"), elsewhere,
				env, null);
		Vcshell.Result unknown = JarProcess.exec(List.of(link.toString(), "nosuch"), elsewhere, env, null);
		Vcshell.Result piped = JarProcess.exec(List.of(link.toString()), elsewhere, env, "format json\nformat\n");

		assertThat(listed.exitCode()).as(listed.err()).isZero();
		assertThat(listed.out()).contains("demo-readonly");
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.out()).isEmpty();
		assertThat(unknown.err()).isEqualTo("error: unknown command 'nosuch' (try 'help')\n");
		assertThat(piped.exitCode()).isZero();
		assertThat(piped.out()).contains("output format: json");
		assertThat(piped.err()).isEqualTo("script: 2 commands, 2 succeeded, 0 failed\n");
	}

	@Test
	void racingFirstStartsMakeOneArchiveAndANewBuildGetsItsOwn() throws Exception {
		Path tree = copyOfTheApplication(this.dir.resolve("tree"));

		List<CompletableFuture<Vcshell.Result>> starts = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			starts.add(CompletableFuture.supplyAsync(() -> help(tree)));
		}
		Vcshell.Result first = starts.get(0).join();
		Vcshell.Result second = starts.get(1).join();
		assertThat(first.exitCode()).as(first.err()).isZero();
		assertThat(second).isEqualTo(first);
		assertThat(first.out()).contains("Built-In Commands");
		Path cache = tree.resolve("target/vcshell-cache");
		assertThat(entries(cache)).singleElement().satisfies((build) -> assertThat(archives(build)).hasSize(1));
		assertThat(leftovers(cache)).isEmpty();

		rebuild(tree.resolve("target/vcshell.jar"));
		Vcshell.Result rebuilt = help(tree);

		assertThat(rebuilt).isEqualTo(first);
		assertThat(entries(cache)).hasSize(2).allSatisfy((build) -> assertThat(archives(build)).hasSize(1));
		assertThat(leftovers(cache)).isEmpty();
	}

	@Test
	void startsWithoutTheArchiveWhenItsCacheCannotBeWritten() throws Exception {
		Path tree = copyOfTheApplication(this.dir.resolve("tree"));
		Files.writeString(tree.resolve("target/vcshell-cache"), "not a folder");
		Path classes = this.dir.resolve("classes.log");

		Vcshell.Result result = JarProcess.exec(
				List.of(tree.resolve("vcshell").toString(), "help"), null, Map.of("HOME",
						this.fixture.home().toString(), "VCSHELL_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes),
				null);

		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.out()).contains("Built-In Commands");
		assertThat(result.err()).isEmpty();
		assertThat(Files.readAllLines(classes))
			.anyMatch((line) -> line.contains(" com.vcshell.VcshellApplication__ApplicationContextInitializer "))
			.noneMatch((line) -> line.contains("com.vcshell.VcshellApplication source: shared objects file"));
	}

	/**
	 * vcshell reads its own {@code application.properties} from the jar and no other: a
	 * file in the working folder (or its {@code config/}) and {@code SPRING_CONFIG_*}
	 * change nothing. The probe is Boot's banner, which a system property turns on.
	 */
	@Test
	void ignoresApplicationPropertiesInTheWorkingFolderAndSpringConfigSettings() throws Exception {
		Path empty = Files.createDirectories(this.dir.resolve("empty"));
		Path planted = Files.createDirectories(this.dir.resolve("planted/config"));
		String properties = "spring.main.banner-mode=console\nspring.shell.command.help.enabled=true\n";
		Files.writeString(planted.resolveSibling("application.properties"), properties);
		Files.writeString(planted.resolve("application.properties"), properties);
		Path elsewhere = Files.writeString(this.dir.resolve("elsewhere.properties"), properties);
		String home = this.fixture.home().toString();
		List<String> help = List.of(JarProcess.launcher().toString(), "help");

		Vcshell.Result plain = JarProcess.exec(help, empty, Map.of("HOME", home), null);
		Vcshell.Result inPlanted = JarProcess.exec(help, planted.getParent(), Map.of("HOME", home), null);
		Vcshell.Result configured = JarProcess.exec(help, empty, Map.of("HOME", home, "SPRING_CONFIG_LOCATION",
				elsewhere.toString(), "SPRING_CONFIG_ADDITIONAL_LOCATION", elsewhere.toString()), null);
		Vcshell.Result probe = JarProcess.exec(help, empty,
				Map.of("HOME", home, "VCSHELL_JAVA_OPTS", "-Dspring.main.banner-mode=console"), null);

		assertThat(plain.exitCode()).as(plain.err()).isZero();
		assertThat(plain.err()).isEmpty();
		assertThat(inPlanted).isEqualTo(plain);
		assertThat(configured).isEqualTo(plain);
		assertThat(probe.out()).as("the probe shows").contains(":: Spring Boot ::").endsWith(plain.out());
	}

	/**
	 * The prompt comes before any answer of the API: the key's expiry for the prompt is
	 * looked up after it is drawn (here the emulator holds that request back), and the
	 * shell takes commands meanwhile.
	 */
	@Test
	void drawsThePromptWithoutWaitingForTheApi() throws Exception {
		TerminalSession.requireTmux();
		IdentityEmulator emulator = this.fixture.emulator();
		Path credentials = this.fixture.credentials();
		long before = emulator.controls().requestCount();
		emulator.controls().delayNext(1, Duration.ofSeconds(20));
		try (TerminalSession shell = TerminalSession.start(Map.of("HOME", this.fixture.home().toString()),
				"--credentials-file", credentials.toString(), "--profile", "demo")) {
			shell.waitForPrompt();
			assertThat(emulator.controls().requestCount() - emulator.controls().inFlight()).as("requests answered")
				.isEqualTo(before);

			shell.line("whoami");
			shell.waitFor(emulator.admin().userName());
			TerminalSession.await("the prompt's lookup and whoami", Duration.ofSeconds(20),
					() -> emulator.controls().requestCount() == before + 2);
		}
	}

	private Vcshell.Result help(Path tree) {
		try {
			return JarProcess.exec(List.of(tree.resolve("vcshell").toString(), "help"), null,
					Map.of("HOME", this.fixture.home().toString()), null);
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The launcher and the jar, as a fresh clone has them after 'package'. */
	private static Path copyOfTheApplication(Path tree) throws IOException {
		Files.createDirectories(tree.resolve("target"));
		Files.copy(JarProcess.launcher(), tree.resolve("vcshell"));
		assertThat(tree.resolve("vcshell").toFile().setExecutable(true)).isTrue();
		Files.copy(Path.of("target/vcshell.jar"), tree.resolve("target/vcshell.jar"));
		return tree;
	}

	/** Another build of the same application: the jar with one more entry. */
	private static void rebuild(Path jar) throws IOException {
		Path copy = jar.resolveSibling("rebuilt.jar");
		try (ZipFile in = new ZipFile(jar.toFile());
				OutputStream file = Files.newOutputStream(copy);
				ZipOutputStream out = new ZipOutputStream(file)) {
			for (ZipEntry entry : in.stream().toList()) {
				ZipEntry copied = new ZipEntry(entry);
				if (entry.getMethod() == ZipEntry.DEFLATED) {
					copied.setCompressedSize(-1);
				}
				out.putNextEntry(copied);
				try (InputStream data = in.getInputStream(entry)) {
					data.transferTo(out);
				}
				out.closeEntry();
			}
			out.putNextEntry(new ZipEntry("META-INF/rebuilt"));
			out.closeEntry();
		}
		Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
	}

	private static List<Path> entries(Path folder) throws IOException {
		try (Stream<Path> paths = Files.list(folder)) {
			return paths.toList();
		}
	}

	private static List<Path> archives(Path build) throws IOException {
		return entries(build).stream()
			.filter((path) -> path.toString().endsWith(".jsa") || path.toString().endsWith(".aot"))
			.toList();
	}

	/**
	 * Temporary files, half-done extractions and failure markers anywhere in the cache.
	 */
	private static List<Path> leftovers(Path cache) throws IOException {
		try (Stream<Path> paths = Files.walk(cache)) {
			return paths.filter((path) -> {
				String name = path.getFileName().toString();
				return name.endsWith(".tmp") || name.startsWith(".extract-") || name.endsWith(".failed");
			}).toList();
		}
	}

}
