package com.vcshell.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.vcshell.cli.ExitCodes;
import com.vcshell.emulator.SeedAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 §3: {@code revoke} and {@code generate} check what the user typed before they
 * send anything; the emulator's request counter proves that nothing was sent.
 */
class DestructiveInputTests extends EmulatorShellFixture {

	private static final String API_ID = "3ddaeeb10ca690df3fee5e3bd1c329fa";

	@ParameterizedTest
	@ValueSource(strings = { ".", "..", "%2e", "%2e%2e", "a/b", "..%2f..", "../self", "'a b'",
			"3ddaeeb10ca690df3fee5e3bd1c329f", "3ddaeeb10ca690df3fee5e3bd1c329fab", "gddaeeb10ca690df3fee5e3bd1c329fa",
			"３ddaeeb10ca690df3fee5e3bd1c329fa", "3ddaeeb10ca690df3fee5e3bd1c329f٣",
			"vera01es-3ddaeeb10ca690df3fee5e3bd1c329fa", "vera01xi-3ddaeeb10ca690df3fee5e3bd1c329fa",
			"vera01ei3ddaeeb10ca690df3fee5e3bd1c329fa", "3ddaeeb10ca690df3fee5e3bd1c329fa/..",
			"3ddaeeb10ca690df3fee5e3bd1c329fa?x=1", "''" })
	void revokeIdRefusesAnythingButAnApiIdBeforeSending(String id) {
		long before = requests();

		int code = run("revoke id " + id + " --yes");

		assertThat(code).as(err()).isEqualTo(ExitCodes.USAGE);
		assertThat(requests()).isEqualTo(before);
		assertThat(err()).startsWith("error: revoke id needs ").doesNotContain(API_ID);
		assertThat(err().lines()).hasSize(1);
	}

	@Test
	void revokeIdTakesAnIdWithItsRegionPrefixInAnyCase() {
		SeedAccount account = this.emulator.serviceAccounts().get(1);
		String apiId = this.emulator.currentApiId(account.userId()).orElseThrow();

		assertThat(run("revoke id VERA01GI-" + apiId.toUpperCase(java.util.Locale.ROOT) + " --yes")).as(err()).isZero();

		assertThat(this.emulator.currentApiId(account.userId())).isEmpty();
		assertThat(out()).contains(apiId);
	}

	@Test
	void generateUserOutRefusesAMissingFolderInsteadOfCreatingIt() {
		Path file = ROOT.resolve("no-such-folder").resolve("keys.credentials");

		assertRefusedBeforeSending("generate user ci-payments-api --out " + file + " --yes",
				"does not exist (vcshell does not create it)");

		assertThat(file.getParent()).doesNotExist();
	}

	@Test
	void generateUserOutRefusesAFolderThatIsAFile() throws Exception {
		Path notAFolder = Files.writeString(ROOT.resolve("plain"), "x");

		assertRefusedBeforeSending("generate user ci-payments-api --out " + notAFolder.resolve("k") + " --yes",
				"is not a folder");
	}

	@Test
	void generateUserOutRefusesNamesNoFileSystemTakes() {
		assertRefusedBeforeSending("generate user ci-payments-api --out " + ROOT.resolve("x".repeat(256)) + " --yes",
				"the file name is 256 bytes long; file systems take at most 255");
		assertRefusedBeforeSending("generate user ci-payments-api --out " + ROOT.resolve("é".repeat(128)) + " --yes",
				"the file name is 256 bytes long");
		String deep = ROOT + "/" + String.join("/", java.util.Collections.nCopies(20, "d".repeat(250))) + "/k";
		assertRefusedBeforeSending("generate user ci-payments-api --out " + deep + " --yes", "the path is ");
		assertRefusedBeforeSending("generate user ci-payments-api --out " + ROOT + "/. --yes", "names no file");
		assertRefusedBeforeSending("generate user ci-payments-api --out " + ROOT + "/.. --yes", "names no file");
		assertRefusedBeforeSending("generate user ci-payments-api --out " + ROOT + "/ --yes", "names a folder");
		assertRefusedBeforeSending("generate user ci-payments-api --out '~' --yes", "names no file");
	}

	@Test
	void generateUserOutRefusesADanglingLinkAsAnExistingFile() throws Exception {
		Path link = Files.createSymbolicLink(ROOT.resolve("dangling"), ROOT.resolve("nowhere"));

		assertRefusedBeforeSending("generate user ci-payments-api --out " + link + " --yes", "already exists");

		assertThat(ROOT.resolve("nowhere")).doesNotExist();
	}

	@Test
	void generateUserOutRefusesAFolderNobodyMayWriteTo() {
		assertRefusedBeforeSending("generate user ci-payments-api --out /proc/self/keys.credentials --yes",
				"the folder /proc/self is not writable");
	}

	@Test
	void generateUserOutRefusesAFolderWhoseModeBitsDenyThisProcessAWrite() throws Exception {
		Path folder = folderWhoseModeBitsDenyThisProcessAWrite();

		assertRefusedBeforeSending("generate user ci-payments-api --out " + folder.resolve("k") + " --yes",
				"--out: the folder " + folder + " is not writable");

		assertThat(folder.resolve("k")).doesNotExist();
	}

	/**
	 * A folder of mode r-x that this process may not create files in. Root may write into
	 * any r-x folder on disk, so as root (CI containers) it is a sysctl folder: the
	 * kernel checks a sysctl folder's mode bits against root too, and a read-only
	 * /proc/sys (as container runtimes mount it) refuses root as well.
	 */
	private static Path folderWhoseModeBitsDenyThisProcessAWrite() throws Exception {
		if ("root".equals(System.getProperty("user.name"))) {
			Path sysctls = Path.of("/proc/sys/vm");
			assertThat(sysctls).isDirectory();
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sysctls))).isEqualTo("r-xr-xr-x");
			return sysctls;
		}
		Path folder = Files.createDirectories(ROOT.resolve("read-only"));
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
		return folder;
	}

	@Test
	void generateUserOutExpandsTheHomeFolder() throws Exception {
		SeedAccount account = this.emulator.serviceAccounts().get(2);

		assertThat(run("generate user " + account.userName() + " --out ~/ci.credentials --yes")).as(err()).isZero();

		assertThat(HOME.resolve("ci.credentials")).exists();
	}

	@Test
	void aDestinationGivenTwiceIsAUsageErrorBeforeSending() {
		assertRefusedBeforeSending("generate user ci-payments-api --save-as a --save-as b --yes",
				"option --save-as is given more than once");
		assertRefusedBeforeSending(
				"generate user ci-payments-api --out " + ROOT.resolve("o1") + " --out " + ROOT.resolve("o2") + " --yes",
				"option --out is given more than once");
		assertRefusedBeforeSending("generate self --save-as a --save-as=a --yes", "given more than once");
	}

	@Test
	void anEmptyDestinationIsAUsageErrorAndTheActiveProfileIsLeftAlone() {
		String before = read(CREDENTIALS);

		assertRefusedBeforeSending("generate self --save-as '' --yes", "needs a value, not an empty one");
		assertRefusedBeforeSending("generate self --save-as '  ' --yes", "needs a value, not an empty one");
		assertRefusedBeforeSending("generate user ci-payments-api --save-as= --yes", "not an empty one");
		assertRefusedBeforeSending("generate user ci-payments-api --out '' --yes", "not an empty one");

		assertThat(read(CREDENTIALS)).isEqualTo(before);
	}

	@Test
	void anInvalidProfileNameForSaveAsIsAUsageErrorNotAProfileError() {
		for (String name : List.of("'a b'", "'[x]'", ".dot", "-dash", "'bell\u0007'", "vera01ei-x")) {
			assertRefusedBeforeSending("generate user ci-payments-api --save-as=" + name + " --yes",
					"--save-as: invalid profile name");
		}
		assertRefusedBeforeSending("generate self --save-as 'a b' --yes", "--save-as: invalid profile name");
	}

	@Test
	void extraArgumentsAreAUsageErrorBeforeSending() {
		assertRefusedBeforeSending("revoke id " + API_ID + " " + API_ID + " --yes", "'revoke id' takes one argument");
		assertRefusedBeforeSending("generate self now --yes", "'generate self' takes no arguments");
		assertRefusedBeforeSending("revoke user ci-payments-api ci-checkout-api --yes",
				"'revoke user' takes one argument");
	}

	@ParameterizedTest
	@ValueSource(strings = { "self", "..", "../self", "%2e%2e", "a/b", "'self/../self'", "'?x=1'" })
	void aUserThatIsNoUuidIsOnlySearchedForNeverPutIntoAPath(String user) {
		String adminKey = adminApiId();
		List<String> keys = this.emulator.serviceAccounts()
			.stream()
			.map((account) -> this.emulator.currentApiId(account.userId()).orElse(""))
			.toList();

		for (String command : List.of("users show", "expiration user", "generate user --reveal", "revoke user")) {
			ERR.reset();

			boolean destructive = command.startsWith("generate") || command.startsWith("revoke");
			int code = run(command + " " + user + (destructive ? " --yes" : ""));

			assertThat(code).as(command + " " + user + ": " + err()).isEqualTo(ExitCodes.NOT_FOUND);
			assertThat(err().lines()).as(command).singleElement().asString().startsWith("error: no user named '");
		}
		assertThat(adminApiId()).isEqualTo(adminKey);
		assertThat(this.emulator.serviceAccounts()
			.stream()
			.map((account) -> this.emulator.currentApiId(account.userId()).orElse(""))
			.toList()).isEqualTo(keys);
		assertThat(rescueFiles()).isEmpty();
	}

	private void assertRefusedBeforeSending(String line, String message) {
		ERR.reset();
		long before = requests();

		int code = run(line);

		assertThat(code).as(line + ": " + err()).isEqualTo(ExitCodes.USAGE);
		assertThat(err()).as(line).contains(message).startsWith("error: ");
		assertThat(err().lines()).as(line).hasSize(1);
		assertThat(requests()).as(line).isEqualTo(before);
		assertThat(rescueFiles()).isEmpty();
	}

}
