package com.vcshell.vault;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.vault.VeracodeYml.Holding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Veracode CLI's {@code veracode.yml} on real files: found by its api id, and edited
 * so that only the two values change.
 */
class VeracodeYmlTests {

	private static final String OLD_ID = "3ddaeeb10ca690df3fee5e3bd1c329fa";

	private static final String OLD_SECRET = "0123456789abcdef".repeat(8);

	private static final String NEW_ID = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

	private static final String NEW_SECRET = "fedcba9876543210".repeat(8);

	@TempDir
	Path home;

	@Test
	void onlyTheTwoValuesChangeInAFileWithCommentsOtherKeysOddIndentationAndCrlf() throws Exception {
		// given: a BOM, comments everywhere, three-space indentation, a nested block with
		// its own key-id, other top-level keys, quoted and plain values, CRLF line ends
		String before = "\uFEFF# Veracode CLI configuration\r\n" + "loglevel: info\r\n" + "api:\r\n"
				+ "   # the service account of the CI\r\n" + "   key-id: \"" + OLD_ID + "\"   # rotated yearly\r\n"
				+ "\r\n" + "   nested:\r\n" + "      key-id: keep-this-one\r\n" + "   key-secret: '" + OLD_SECRET
				+ "'\r\n" + "   region: com\r\n" + "container_scan:\r\n" + "  secret-rules:\r\n"
				+ "    - id: test  # key-id: not this\r\n" + "    key-id: " + OLD_ID + "x\r\n";
		Path file = write(before);

		// when
		new VeracodeYml(file).replaceKey(OLD_ID, NEW_ID, NEW_SECRET);

		// then
		String after = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(after).contains("   key-id: \"" + NEW_ID + "\"   # rotated yearly\r\n")
			.contains("   key-secret: '" + NEW_SECRET + "'\r\n");
		assertThat(after.replace(NEW_ID, OLD_ID).replace(NEW_SECRET, OLD_SECRET)).isEqualTo(before);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void aPlainValueStaysPlainWithItsCommentAndTheLastLineWithoutAnEnd() throws Exception {
		Path file = write("api:\n  key-id: " + OLD_ID + " # mine\n  key-secret: " + OLD_SECRET);

		new VeracodeYml(file).replaceKey(OLD_ID, NEW_ID, NEW_SECRET);

		assertThat(Files.readString(file))
			.isEqualTo("api:\n  key-id: " + NEW_ID + " # mine\n  key-secret: " + NEW_SECRET);
	}

	@Test
	void quotedKeysAndARegionPrefixAreKept() throws Exception {
		Path file = write(
				"\"api\":\n  'key-id': vera01ei-" + OLD_ID + "\n  \"key-secret\": \"vera01es-" + OLD_SECRET + "\"\n");

		new VeracodeYml(file).replaceKey(OLD_ID, NEW_ID, NEW_SECRET);

		assertThat(Files.readString(file)).isEqualTo(
				"\"api\":\n  'key-id': vera01ei-" + NEW_ID + "\n  \"key-secret\": \"vera01es-" + NEW_SECRET + "\"\n");
	}

	@Test
	void aPlainValueYamlWouldReadAsANumberIsQuoted() throws Exception {
		Path file = write("api:\n  key-id: " + OLD_ID + "\n  key-secret: " + OLD_SECRET + "\n");
		String digits = "12345678901234567890123456789012";

		new VeracodeYml(file).replaceKey(OLD_ID, digits, "1234e5678");

		assertThat(Files.readString(file))
			.isEqualTo("api:\n  key-id: \"" + digits + "\"\n  key-secret: \"1234e5678\"\n");
	}

	@Test
	void itHoldsTheApiIdInAnyCaseAndWithAnyRegionPrefix() throws Exception {
		Path file = write(
				"api:\n  key-id: vera01ei-" + OLD_ID.toUpperCase(java.util.Locale.ROOT) + "\n  key-secret: x\n");

		assertThat(new VeracodeYml(file).holds(OLD_ID)).isEqualTo(Holding.YES);
		assertThat(new VeracodeYml(file).holds(NEW_ID)).isEqualTo(Holding.NO);
		assertThat(new VeracodeYml(this.home.resolve("missing.yml")).holds(OLD_ID)).isEqualTo(Holding.NO);
	}

	@Test
	void aKeyInAFormVcshellDoesNotEditIsOnlyAMention() throws Exception {
		String[] forms = { "api: {key-id: " + OLD_ID + ", key-secret: " + OLD_SECRET + "}\n",
				"api:\n  key-id: &k " + OLD_ID + "\n  key-secret: x\n",
				"api:\n  key-id:\n    " + OLD_ID + "\n  key-secret: x\n",
				"api:\n  key-id: \"" + OLD_ID + "\\u0041\"\n  key-secret: x\n",
				"other:\n  key-id: " + OLD_ID + "\n  key-secret: x\n", "# old key " + OLD_ID + "\n",
				"api:\n  key-id: " + OLD_ID + "\n" };
		for (String text : forms) {
			Path file = write(text);

			assertThat(new VeracodeYml(file).holds(OLD_ID)).as(text).isEqualTo(Holding.ONLY_MENTIONS);
			assertThatExceptionOfType(VaultException.class)
				.isThrownBy(() -> new VeracodeYml(file).replaceKey(OLD_ID, NEW_ID, NEW_SECRET))
				.withMessageContaining("no longer holds the key ****")
				.withMessageNotContaining(OLD_SECRET);
			assertThat(Files.readString(file)).as("unchanged").isEqualTo(text);
		}
	}

	@Test
	void aSecondApiBlockIsAProblemNotAGuess() throws Exception {
		Path file = write("api:\n  key-id: " + OLD_ID + "\n  key-secret: x\napi:\n  key-id: other\n");

		assertThat(new VeracodeYml(file).holds(OLD_ID)).isEqualTo(Holding.ONLY_MENTIONS);
		assertThat(new VeracodeYml(file).problem()).contains("'api' appears twice (line 4)");
	}

	@Test
	void aFileThatChangedSinceItWasFoundIsLeftAlone() throws Exception {
		Path file = write("api:\n  key-id: " + NEW_ID + "\n  key-secret: " + NEW_SECRET + "\n");

		assertThatExceptionOfType(VaultException.class)
			.isThrownBy(() -> new VeracodeYml(file).replaceKey(OLD_ID, NEW_ID, NEW_SECRET))
			.withMessage(file + " no longer holds the key ****29fa");
		assertThat(this.home.resolve(".veracode")).isDirectoryNotContaining("glob:**.tmp");
	}

	@Test
	void whatIsNotARegularUtf8FileIsRefusedBeforeItIsOpened() throws Exception {
		Path folder = Files.createDirectories(this.home.resolve("folder.yml"));
		Path latin1 = this.home.resolve("latin1.yml");
		Files.write(latin1, "api:\n  key-id: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

		assertThatExceptionOfType(VaultException.class).isThrownBy(() -> new VeracodeYml(folder).holds(OLD_ID))
			.withMessage("cannot read " + folder + ": not a regular file");
		assertThatExceptionOfType(VaultException.class).isThrownBy(() -> new VeracodeYml(latin1).holds(OLD_ID))
			.withMessage("cannot read " + latin1 + ": not UTF-8 text");
	}

	@Test
	void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
		Path target = write("api:\n  key-id: " + OLD_ID + "\n  key-secret: " + OLD_SECRET + "\n");
		Path link = Files.createSymbolicLink(this.home.resolve("link.yml"), target);

		new VeracodeYml(link).replaceKey(OLD_ID, NEW_ID, NEW_SECRET);

		assertThat(link).isSymbolicLink();
		assertThat(Files.readString(target)).contains(NEW_ID).contains(NEW_SECRET);
	}

	private Path write(String text) throws Exception {
		Path file = this.home.resolve(".veracode").resolve("veracode.yml");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

}
