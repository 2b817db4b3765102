package com.vcshell.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiCredentialsTests {

	private static final String ID = "3ddaeeb10ca690df3fee5e3bd1c329fa";

	private static final String SECRET = "0123456789abcdef".repeat(7) + "0123456789abcafe";

	@Test
	void toStringMasksTheSecret() {
		ApiCredentials credentials = ApiCredentials.of(ID, SECRET);

		assertThat(credentials.toString()).doesNotContain(SECRET)
			.doesNotContain(SECRET.substring(0, 32))
			.contains("****cafe")
			.contains(ID);
		assertThat(credentials.maskedApiId()).isEqualTo("****29fa");
	}

	@ParameterizedTest
	@CsvSource({ "vera01ei-,vera01es-,eu", "vera01fi-,vera01fs-,fedramp", "vera01gi-,vera01gs-,global", "'','',global",
			"VERA01EI-,VERA01ES-,eu" })
	void regionComesFromThePrefix(String idPrefix, String secretPrefix, String region) {
		ApiCredentials credentials = ApiCredentials.of(idPrefix + ID, secretPrefix + SECRET);

		assertThat(credentials.region().label()).isEqualTo(region);
		assertThat(credentials.apiId()).isEqualTo(ID);
		assertThat(credentials.secretHex()).isEqualTo(SECRET);
	}

	@Test
	void conflictingPrefixesAreRefused() {
		assertThatThrownBy(() -> ApiCredentials.of("vera01ei-" + ID, SECRET))
			.isInstanceOf(InvalidCredentialsException.class)
			.hasMessageContaining("conflicting");
		assertThatThrownBy(() -> ApiCredentials.of("vera01ei-" + ID, "vera01fs-" + SECRET))
			.hasMessageContaining("conflicting");
	}

	@ParameterizedTest
	@CsvSource({ "abc,32 hexadecimal", "3ddaeeb10ca690df3fee5e3bd1c329fz,32 hexadecimal",
			"vera01xi-3ddaeeb10ca690df3fee5e3bd1c329fa,no known region",
			"veraXXi-3ddaeeb10ca690df3fee5e3bd1c329fa,invalid region prefix" })
	void malformedIdsAreRefusedWithoutTheSecretInTheMessage(String id, String expected) {
		String secret = id.startsWith("vera") && id.length() > 9 && id.charAt(8) == '-'
				? id.substring(0, 7) + "s-" + SECRET : SECRET;
		assertThatThrownBy(() -> ApiCredentials.of(id, secret)).isInstanceOf(InvalidCredentialsException.class)
			.hasMessageContaining(expected)
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain(SECRET));
	}

	@Test
	void oddLengthOrNonHexSecretsAreRefused() {
		assertThatThrownBy(() -> ApiCredentials.of(ID, SECRET + "a")).hasMessageContaining("even number");
		assertThatThrownBy(() -> ApiCredentials.of(ID, SECRET.replace('a', 'g'))).hasMessageContaining("hexadecimal")
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain(SECRET.replace('a', 'g')));
	}

	@ParameterizedTest
	@CsvSource({ "01\u06623,3", "\uFF21\uFF22,1", "0\u09683\u0967,2", "ab\uFF10\uFF11,3", "\u0661\u0662,1" })
	void nonAsciiDigitsAndFullwidthLettersAreNotHex(String secret, int position) {
		assertThatThrownBy(() -> ApiCredentials.of(ID, secret)).isInstanceOf(InvalidCredentialsException.class)
			.hasMessage("the API key secret must be an even number of hexadecimal characters (0-9, a-f) (character "
					+ position + " is not 0-9 or a-f)");
		assertThatThrownBy(() -> ApiCredentials.of(ID, SECRET.substring(0, SECRET.length() - 4) + secret))
			.isInstanceOf(InvalidCredentialsException.class)
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain(SECRET.substring(0, 12)));
	}

	@ParameterizedTest
	@CsvSource({ "\uFF13ddaeeb10ca690df3fee5e3bd1c329fa,1", "3ddaeeb10ca690df3fee5e3bd1c329f\u0662,32",
			"3DDAEEB10CA690DF3FEE5E3BD1C329F\uFF21,32" })
	void anIdWithANonAsciiDigitOrLetterIsRefused(String id, int position) {
		assertThatThrownBy(() -> ApiCredentials.of(id, SECRET)).isInstanceOf(InvalidCredentialsException.class)
			.hasMessage("the API key id must be 32 hexadecimal characters (0-9, a-f) after its region prefix (found 32"
					+ " characters, character " + position + " is not 0-9 or a-f)");
		assertThatThrownBy(() -> ApiCredentials.of("vera01ei-" + id, "vera01es-" + SECRET))
			.isInstanceOf(InvalidCredentialsException.class);
	}

	@Test
	void upperCaseAsciiHexIsAcceptedAndTheIdLowerCased() {
		ApiCredentials credentials = ApiCredentials.of(ID.toUpperCase(java.util.Locale.ROOT),
				SECRET.toUpperCase(java.util.Locale.ROOT));
		assertThat(credentials.apiId()).isEqualTo(ID);
		assertThat(credentials.secretHex()).isEqualTo(SECRET);
	}

}
