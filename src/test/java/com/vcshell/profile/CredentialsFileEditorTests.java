package com.vcshell.profile;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.vcshell.auth.ApiCredentials;

import static com.vcshell.profile.TestKeys.EU_ID;
import static com.vcshell.profile.TestKeys.EU_SECRET;
import static com.vcshell.profile.TestKeys.ID;
import static com.vcshell.profile.TestKeys.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Edits change only the keys being set and keep every other byte. */
class CredentialsFileEditorTests {

	private static final Path FILE = Path.of("credentials");

	private static final String NEW_ID = "ffffeeeeddddccccbbbbaaaa99998888";

	private static final String NEW_SECRET = "00112233445566778899aabbccddeeff";

	private static final ApiCredentials NEW_PAIR = ApiCredentials.of(NEW_ID, NEW_SECRET);

	private static String save(String text, String profile, String url) {
		return CredentialsFileEditor.withProfile(CredentialsFile.parse(FILE, text), profile, NEW_PAIR, url);
	}

	@Test
	void replacesOnlyTheTwoValuesOfAnExistingProfile() {
		String text = "\uFEFF# top\r\n[default]\r\nVERACODE_API_KEY_ID =  " + ID + "   \r\n; note\r\n"
				+ "veracode_api_key_secret:" + SECRET + "\r\nother = keep\r\n\r\n[b]\r\nveracode_api_key_id = " + ID
				+ "\r\n";
		String expected = "\uFEFF# top\r\n[default]\r\nVERACODE_API_KEY_ID =  " + NEW_ID + "   \r\n; note\r\n"
				+ "veracode_api_key_secret: " + NEW_SECRET + "\r\nother = keep\r\n\r\n[b]\r\nveracode_api_key_id = "
				+ ID + "\r\n";
		assertThat(save(text, "default", null)).isEqualTo(expected);
	}

	@Test
	void appendsANewProfileInTheFilesLineEnds() {
		String text = "[a]\r\nveracode_api_key_id = " + ID + "\r\nveracode_api_key_secret = " + SECRET;
		assertThat(save(text, "new", "http://localhost:1")).isEqualTo(text + "\r\n\r\n[new]\r\nveracode_api_key_id = "
				+ NEW_ID + "\r\nveracode_api_key_secret = " + NEW_SECRET + "\r\napi_base_url = http://localhost:1\r\n");
	}

	@Test
	void addsMissingKeysAtTheEndOfTheirSection() {
		String text = "[a]\nveracode_api_key_id = " + ID + "\n# trailing comment\n\n[b]\nx = 1\n";
		assertThat(save(text, "a", "https://h"))
			.isEqualTo("[a]\nveracode_api_key_id = " + NEW_ID + "\nveracode_api_key_secret = " + NEW_SECRET
					+ "\napi_base_url = https://h\n# trailing comment\n\n[b]\nx = 1\n");
	}

	@Test
	void emptyValuesGetOne() {
		assertThat(save("[a]\nveracode_api_key_id =\nveracode_api_key_secret=\n", "a", null))
			.isEqualTo("[a]\nveracode_api_key_id = " + NEW_ID + "\nveracode_api_key_secret= " + NEW_SECRET + "\n");
	}

	@Test
	void writesRegionPrefixesBack() {
		String text = CredentialsFileEditor.withProfile(CredentialsFile.empty(FILE), "eu",
				ApiCredentials.of(EU_ID, EU_SECRET), null);
		Profile profile = ProfileReader.fromSection(CredentialsFile.parse(FILE, text),
				CredentialsFile.parse(FILE, text).section("eu").orElseThrow(), null);
		assertThat(text).contains("veracode_api_key_id = " + EU_ID);
		assertThat(profile.credentials()).isEqualTo(ApiCredentials.of(EU_ID, EU_SECRET));
		assertThat(profile.regionLabel()).isEqualTo("eu");
	}

	@Test
	void addThenRemoveGivesTheFileBack() {
		String text = "# top\r\n[a]\r\nx = 1\r\n";
		String added = save(text, "new", null);
		assertThat(CredentialsFileEditor.withoutProfile(CredentialsFile.parse(FILE, added), "new")).isEqualTo(text);
	}

	@Test
	void removesAProfileAndKeepsTheCommentsOfTheNext() {
		String text = "# top\n[a]\nx = 1\n\n[gone]\n; its note\nveracode_api_key_id = 1\nveracode_api_key_secret = 2\n\n"
				+ "# about c\n[c]\ny = 2";
		assertThat(CredentialsFileEditor.withoutProfile(CredentialsFile.parse(FILE, text), "gone"))
			.isEqualTo("# top\n[a]\nx = 1\n\n# about c\n[c]\ny = 2");
		assertThat(CredentialsFileEditor.withoutProfile(CredentialsFile.parse(FILE, text), "c")).isEqualTo(
				"# top\n[a]\nx = 1\n\n[gone]\n; its note\nveracode_api_key_id = 1\nveracode_api_key_secret = 2\n\n"
						+ "# about c\n");
		assertThatThrownBy(() -> CredentialsFileEditor.withoutProfile(CredentialsFile.parse(FILE, text), "nope"))
			.isInstanceOf(ProfileException.class);
	}

}
