package com.vcshell.profile;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.vcshell.auth.Region;

import static com.vcshell.profile.TestKeys.EU_ID;
import static com.vcshell.profile.TestKeys.EU_SECRET;
import static com.vcshell.profile.TestKeys.ID;
import static com.vcshell.profile.TestKeys.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Turning a section into a profile: key checks, region, base URL. */
class ProfileReaderTests {

	private static final Path FILE = Path.of("/home/u/.veracode/credentials");

	private static Profile read(String text, String name, String envBaseUrl) {
		CredentialsFile file = CredentialsFile.parse(FILE, text);
		return ProfileReader.fromSection(file, file.section(name).orElseThrow(), envBaseUrl);
	}

	private static String pair(String id, String secret) {
		return "# c\n[p]\nveracode_api_key_id = " + id + "\nveracode_api_key_secret = " + secret + "\n";
	}

	@Test
	void globalKeyGoesToTheGlobalHost() {
		Profile profile = read(pair(ID, SECRET), "p", null);
		assertThat(profile.apiBaseUrl()).isEqualTo(URI.create("https://api.veracode.com"));
		assertThat(profile.regionLabel()).isEqualTo("global");
		assertThat(profile.source()).isEqualTo(Profile.Source.FILE);
		assertThat(profile.toString()).doesNotContain(SECRET).contains("****cdef");
	}

	@Test
	void regionComesFromTheKeyPrefix() {
		Profile profile = read(pair(EU_ID, EU_SECRET), "p", null);
		assertThat(profile.credentials().region()).isEqualTo(Region.EU);
		assertThat(profile.apiBaseUrl()).isEqualTo(URI.create("https://api.veracode.eu"));
		Profile federal = read(pair("vera01fi-" + ID, "vera01fs-" + SECRET), "p", null);
		assertThat(federal.apiBaseUrl()).isEqualTo(URI.create("https://api.veracode.us"));
		assertThat(federal.regionLabel()).isEqualTo("fedramp");
	}

	@Test
	void apiBaseUrlKeyOverridesTheRegionAndTheEnvironmentOverridesBoth() {
		String text = pair(EU_ID, EU_SECRET) + "api_base_url = http://127.0.0.1:8443/\n";
		assertThat(read(text, "p", null).apiBaseUrl()).isEqualTo(URI.create("http://127.0.0.1:8443"));
		assertThat(read(text, "p", null).regionLabel()).isEqualTo("127.0.0.1");
		assertThat(read(text, "p", "https://proxy.example.com/veracode").apiBaseUrl())
			.isEqualTo(URI.create("https://proxy.example.com/veracode"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8080", "http://127.0.0.1", "http://127.1.2.3:9", "http://[::1]:80" })
	void plainHttpIsAllowedToLoopback(String url) {
		assertThat(read(pair(ID, SECRET) + "api_base_url = " + url + "\n", "p", null).apiBaseUrl().getScheme())
			.isEqualTo("http");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://api.veracode.com", "http://10.0.0.1", "http://localhost.evil.com" })
	void plainHttpElsewhereIsRefused(String url) {
		assertThatThrownBy(() -> read(pair(ID, SECRET) + "api_base_url = " + url + "\n", "p", null))
			.isInstanceOf(ProfileException.class)
			.hasMessageStartingWith(FILE + " line 5 (profile [p]): api_base_url")
			.hasMessageContaining("use https://");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"abc|" + SECRET + "|line 3 (profile [p]): the API key id must be 32 hexadecimal characters",
			ID + "|abc|line 4 (profile [p]): the API key secret must be an even number",
			ID + "|zz" + SECRET + "|line 4 (profile [p]): the API key secret must be",
			ID + "|01\u06623|line 4 (profile [p]): the API key secret must be an even number of hexadecimal characters (0-9, a-f) (character 3 is not",
			ID + "|" + SECRET + "\uFF21\uFF22|line 4 (profile [p]): the API key secret must be",
			"3ddaeeb10ca690df3fee5e3bd1c329f\u0662|" + SECRET + "|line 3 (profile [p]): the API key id must be",
			EU_ID + "|" + SECRET + "|lines 3 and 4 (profile [p]): the API key id and secret have conflicting",
			"vera01xi-" + ID + "|vera01xs-" + SECRET + "|line 3 (profile [p]): the API key id has a region prefix" })
	void badKeysNameFileLineAndProfileButNeverTheSecret(String id, String secret, String message) {
		assertThatThrownBy(() -> read(pair(id, secret), "p", null)).isInstanceOf(ProfileException.class)
			.hasMessageStartingWith(FILE + " " + message)
			.message()
			.doesNotContain(SECRET);
	}

	@Test
	void aShortSecretIsMaskedWithoutFailing() {
		assertThat(read(pair(ID, "ab"), "p", null).credentials().maskedSecret()).isEqualTo("****");
	}

	@Test
	void missingAndEmptyKeysAreNamed() {
		assertThatThrownBy(() -> read("[p]\nveracode_api_key_id = " + ID + "\n", "p", null))
			.hasMessage(FILE + " line 1 (profile [p]): missing veracode_api_key_secret");
		assertThatThrownBy(() -> read("[p]\nveracode_api_key_id =\nveracode_api_key_secret = x\n", "p", null))
			.hasMessage(FILE + " line 2 (profile [p]): veracode_api_key_id is empty");
	}

	@Test
	void environmentPairBecomesTheEnvProfile() {
		Profile profile = ProfileReader.fromEnvironment(EU_ID, EU_SECRET, null);
		assertThat(profile.name()).isEqualTo("env");
		assertThat(profile.source()).isEqualTo(Profile.Source.ENVIRONMENT);
		assertThat(profile.apiBaseUrl()).isEqualTo(URI.create("https://api.veracode.eu"));
		assertThatThrownBy(() -> ProfileReader.fromEnvironment(ID, "xyz", null)).isInstanceOf(ProfileException.class)
			.hasMessageStartingWith("invalid credentials in VERACODE_API_KEY_ID/VERACODE_API_KEY_SECRET");
		assertThatThrownBy(() -> ProfileReader.fromEnvironment(ID, "01\u06623", null))
			.isInstanceOf(ProfileException.class)
			.hasMessageStartingWith("invalid credentials in VERACODE_API_KEY_ID/VERACODE_API_KEY_SECRET: the API key"
					+ " secret must be");
		assertThatThrownBy(() -> ProfileReader.fromEnvironment("\uFF13" + ID.substring(1), SECRET, null))
			.isInstanceOf(ProfileException.class)
			.hasMessageContaining("the API key id must be 32 hexadecimal characters");
		assertThatThrownBy(() -> ProfileReader.fromEnvironment(ID, SECRET, "http://example.com"))
			.hasMessageStartingWith("VCSHELL_API_BASE_URL: api_base_url 'http://example.com' uses plain http://");
	}

}
