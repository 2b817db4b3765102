package com.vcshell.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.vault.AtomicFileWriter;

import static com.vcshell.profile.TestKeys.ID;
import static com.vcshell.profile.TestKeys.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The profiles that hold one key, and a new pair put into them, on real files. */
class KeyCopiesTests {

	private static final ApiCredentials NEW_PAIR = ApiCredentials.of("a1b2c3d4e5f60718293a4b5c6d7e8f90",
			"fedcba9876543210".repeat(8));

	@TempDir
	Path home;

	private Path file() {
		return this.home.resolve(".veracode/credentials");
	}

	private CredentialsStore store() {
		return new CredentialsStore(file(), new AtomicFileWriter());
	}

	@Test
	void theProfilesHoldingAKeyAreFoundInAnyCaseWithOrWithoutARegionPrefix() throws Exception {
		write("[plain]\nveracode_api_key_id = " + ID + "\nveracode_api_key_secret = " + SECRET + "\n"
				+ "[upper]\nVERACODE_API_KEY_ID = " + ID.toUpperCase(Locale.ROOT) + "\nveracode_api_key_secret = "
				+ SECRET + "\n[eu]\nveracode_api_key_id = vera01ei-" + ID + "\nveracode_api_key_secret = vera01es-"
				+ SECRET + "\n[other]\nveracode_api_key_id = " + NEW_PAIR.apiId() + "\n"
				+ "[\u001b[31mevil]\nveracode_api_key_id = " + ID + "\n");

		assertThat(store().profilesWithKeyId(ID)).as("not the section whose name vcshell never uses")
			.containsExactly("plain", "upper", "eu");
		assertThat(store().profilesWithKeyId("00000000000000000000000000000000")).isEmpty();
	}

	@Test
	void aNewPairChangesOnlyTheKeysOfTheCopiesKeepingTheirRegionPrefixAndEveryOtherByte() throws Exception {
		// given: CRLF ends, comments, spacing, a copy with a region prefix, one without a
		// secret, and a profile with another key
		String before = "; shared key\r\n[ci]\r\nveracode_api_key_id   =   " + ID + "\r\nveracode_api_key_secret = "
				+ SECRET
				+ "\r\n# keep\r\napi_base_url = http://127.0.0.1:1\r\n\r\n[eu]\r\nveracode_api_key_id = vera01ei-" + ID
				+ "\r\nveracode_api_key_secret = vera01es-" + SECRET + "\r\n\r\n[other]\r\nveracode_api_key_id = "
				+ "ab".repeat(16) + "\r\nveracode_api_key_secret = " + SECRET + "\r\n";
		write(before);

		// when
		List<String> updated = store().replaceKey(ID, List.of("ci", "eu", "other"), NEW_PAIR);

		// then
		String after = Files.readString(file());
		assertThat(updated).containsExactly("ci", "eu");
		assertThat(after).contains("veracode_api_key_id = vera01ei-" + NEW_PAIR.apiId() + "\r\n")
			.contains("veracode_api_key_secret = vera01es-" + NEW_PAIR.secretHex() + "\r\n");
		assertThat(after.replace(NEW_PAIR.apiId(), ID).replace(NEW_PAIR.secretHex(), SECRET)).isEqualTo(before);
		assertThat(TestKeys.apiIdOf(after, "eu")).isEqualTo(NEW_PAIR.apiId());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
	}

	@Test
	void aCopyWithoutASecretGetsOneAndAProfileThatChangedIsLeftAlone() throws Exception {
		write("[half]\nveracode_api_key_id = " + ID + "\n[moved]\nveracode_api_key_id = " + "cd".repeat(16) + "\n");

		List<String> updated = store().replaceKey(ID, List.of("half", "moved"), NEW_PAIR);

		assertThat(updated).containsExactly("half");
		assertThat(Files.readString(file()))
			.isEqualTo("[half]\nveracode_api_key_id = " + NEW_PAIR.apiId() + "\nveracode_api_key_secret = "
					+ NEW_PAIR.secretHex() + "\n[moved]\nveracode_api_key_id = " + "cd".repeat(16) + "\n");
	}

	@Test
	void aMalformedFileIsReportedAndLeftAsItWas() throws Exception {
		String text = "[ci]\nveracode_api_key_id = " + ID + "\nno equals sign here\n";
		write(text);

		assertThatThrownBy(() -> store().replaceKey(ID, List.of("ci"), NEW_PAIR)).isInstanceOf(ProfileException.class)
			.hasMessageContaining("line 3")
			.hasMessageNotContaining(NEW_PAIR.secretHex());
		assertThat(Files.readString(file())).isEqualTo(text);
	}

	private void write(String text) throws Exception {
		Files.createDirectories(file().getParent());
		Files.writeString(file(), text);
	}

}
