package com.vcshell.profile;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.vcshell.profile.TestKeys.EU_ID;
import static com.vcshell.profile.TestKeys.EU_SECRET;
import static com.vcshell.profile.TestKeys.ID;
import static com.vcshell.profile.TestKeys.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parser on real-world credentials files. */
class CredentialsFileParserTests {

	private static final Path FILE = Path.of("/home/u/.veracode/credentials");

	static Stream<Arguments> validFiles() {
		return Stream.of(
				file("Veracode's documented example",
						"[default]\nveracode_api_key_id = " + ID + "\nveracode_api_key_secret = " + SECRET
								+ "\n\n[api_service]\nveracode_api_key_id = " + ID + "\nveracode_api_key_secret = "
								+ SECRET + "\n",
						"default", "api_service"),
				file("Windows line ends",
						"[default]\r\nveracode_api_key_id = " + ID + "\r\nveracode_api_key_secret = " + SECRET + "\r\n",
						"default"),
				file("UTF-8 byte order mark (Notepad)",
						"\uFEFF[default]\nveracode_api_key_id=" + ID + "\nveracode_api_key_secret=" + SECRET,
						"default"),
				file("comments between sections",
						"# work\n[default]\nveracode_api_key_id = " + ID
								+ "\n; old key below\nveracode_api_key_secret = " + SECRET
								+ "\n\n# EU tenant\n;\n[eu]\nveracode_api_key_id = " + EU_ID
								+ "\nveracode_api_key_secret = " + EU_SECRET + "\n",
						"default", "eu"),
				file("upper-case key names, tabs and no spaces",
						"[default]\n\tVERACODE_API_KEY_ID\t=\t" + ID + "  \nVeracode_Api_Key_Secret=" + SECRET + "\n",
						"default"),
				file("colon as delimiter, as configparser accepts",
						"[default]\nveracode_api_key_id: " + ID + "\nveracode_api_key_secret: " + SECRET + "\n",
						"default"),
				file("old Mac line ends",
						"[default]\rveracode_api_key_id = " + ID + "\rveracode_api_key_secret = " + SECRET + "\r",
						"default"),
				file("other tools' keys are ignored",
						"[default]\nveracode_api_key_id = " + ID + "\nveracode_api_key_secret = " + SECRET
								+ "\nregion = eu\n",
						"default"),
				file("spaces inside the brackets",
						"[ default ]\nveracode_api_key_id = " + ID + "\nveracode_api_key_secret = " + SECRET + "\n",
						"default"));
	}

	private static Arguments file(String name, String text, String... profiles) {
		return Arguments.of(Named.of(name, text), profiles);
	}

	@ParameterizedTest
	@MethodSource("validFiles")
	void readsEveryProfileWithItsKeys(String text, String[] profiles) {
		// when
		CredentialsFile file = CredentialsFile.parse(FILE, text);
		// then
		assertThat(file.profileNames()).containsExactly(profiles);
		for (String name : profiles) {
			Profile profile = ProfileReader.fromSection(file, file.section(name).orElseThrow(), null);
			assertThat(profile.credentials().apiId()).hasSize(32);
		}
		assertThat(file.text()).isEqualTo(text);
	}

	static Stream<Arguments> malformedFiles() {
		return Stream.of(
				bad("duplicate sections", "[a]\nk = v\n\n[a]\nk = v\n",
						"line 4: profile [a] appears twice (lines 1 and 4)"),
				bad("duplicate keys", "[a]\nveracode_api_key_id = 1\nVERACODE_API_KEY_ID = 2\n",
						"line 3: key veracode_api_key_id appears twice in profile [a] (lines 2 and 3)"),
				bad("key before any section", "veracode_api_key_id = " + ID + "\n[a]\n",
						"line 1: key veracode_api_key_id appears before any [profile] section"),
				bad("a pasted secret on its own line", "[a]\nveracode_api_key_id = " + ID + "\n" + SECRET + "\n",
						"line 3: expected [profile], key = value, or a # comment"),
				bad("unclosed header", "[a\n", "line 1: a section header must look like [profile]"),
				bad("empty header", "\r\n[ ]\r\n", "line 2: the section header [] names no profile"),
				bad("delimiter without key", "[a]\n = x\n", "line 2: a line starts with '=' but has no key name"));
	}

	private static Arguments bad(String name, String text, String message) {
		return Arguments.of(Named.of(name, text), message);
	}

	@ParameterizedTest
	@MethodSource("malformedFiles")
	void refusesMalformedFilesNamingFileAndLine(String text, String message) {
		assertThatThrownBy(() -> CredentialsFile.parse(FILE, text)).isInstanceOf(ProfileException.class)
			.hasMessage(FILE + " " + message)
			.message()
			.doesNotContain(SECRET);
	}

	@Test
	void neverEchoesASecretUsedAsAKeyName() {
		String text = "[a]\n" + SECRET + " = 1\n" + SECRET + " = 2\n";
		assertThatThrownBy(() -> CredentialsFile.parse(FILE, text)).isInstanceOf(ProfileException.class)
			.hasMessageContaining("line 3")
			.message()
			.doesNotContain("0123456789abcdef");
	}

	@Test
	void keepsEveryLineWithItsOwnEnding() {
		String text = "\uFEFF[a]\r\nx = 1\n\ry = 2";
		CredentialsFile file = CredentialsFile.parse(FILE, text);
		assertThat(file.bom()).isTrue();
		assertThat(file.lines()).extracting(CredentialsFile.Line::ending).containsExactly("\r\n", "\n", "\r", "");
		assertThat(file.text()).isEqualTo(text);
	}

}
