package com.vcshell.profile;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;

import javax.net.ssl.SNIHostName;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Combinators;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.vcshell.profile.TestKeys.ID;
import static com.vcshell.profile.TestKeys.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * API base URLs: every malformed one is one clean {@link ProfileException} (exit 3), and
 * every accepted one can be requested: the JDK's HTTP client builds the request and TLS
 * accepts the host name.
 */
class ApiBaseUrlTests {

	private static final Path FILE = Path.of("/home/u/.veracode/credentials");

	private static final String LONG_HOST = "h".repeat(70_000) + ".com";

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "http://127.0.0.1:99999|has port 99999; a port is 1 to 65535",
			"http://127.0.0.1:0|has port 0; a port is 1 to 65535",
			"https://h:99999999999|has no valid host (a DNS name, an IPv4 address or an [IPv6] address, and a port from 1 to 65535)",
			"https://exa mple.com|holds a space, a control or a non-ASCII character (character 12); percent-encode it",
			"https://ex\u00e4mple.com|holds a space, a control or a non-ASCII character (character 11); percent-encode it",
			"https:///path|has no valid host (a DNS name, an IPv4 address or an [IPv6] address, and a port from 1 to 65535)",
			"https://a_b.example.com|has no valid host (a DNS name, an IPv4 address or an [IPv6] address, and a port from 1 to 65535)",
			"https://999.1.1.1|has no valid host (a DNS name, an IPv4 address or an [IPv6] address, and a port from 1 to 65535)",
			"ftp://example.com|must be an absolute https:// URL such as https://api.veracode.com",
			"api.veracode.com|must be an absolute https:// URL such as https://api.veracode.com",
			"https:api.veracode.com|must be an absolute https:// URL such as https://api.veracode.com",
			"https://user:pw@api.veracode.com|must not hold a user name or password (the key pair is in the profile)",
			"https://api.veracode.com/?x=1|must not hold a query (?...) or a fragment (#...)",
			"https://api.veracode.com/#top|must not hold a query (?...) or a fragment (#...)",
			"https://proxy.example.com/a/../b|must not hold a . or .. path segment",
			"https://proxy.example.com/%2E%2e/b|must not hold a . or .. path segment",
			"https://proxy.example.com/./b|must not hold a . or .. path segment",
			"https://api.veracode.com.|has a host name that ends with a dot; leave the dot out",
			"https://[fe80::1%25eth0]|has an IPv6 zone (%...); use an address without one",
			"https://h/%zz|is not a URL (Malformed escape pair at character 11)" })
	void malformedUrlsAreOneCleanLine(String url, String problem) {
		assertThatThrownBy(() -> ApiBaseUrl.parse(url, "X")).isInstanceOf(ProfileException.class)
			.hasMessage("X: api_base_url '" + SafeText.of(url) + "' " + problem);
	}

	@Test
	void aHostOfSeventyThousandCharactersIsRefusedAndNotEchoed() {
		assertThatThrownBy(() -> ApiBaseUrl.parse("https://" + LONG_HOST, "X")).isInstanceOf(ProfileException.class)
			.hasMessage("X: api_base_url 'https://" + "h".repeat(52)
					+ "... (70012 characters)' has a host name of 70004 characters; at most 253 are allowed");
		String label = "b".repeat(64);
		assertThatThrownBy(() -> ApiBaseUrl.parse("https://" + label + ".com", "X"))
			.hasMessageEndingWith("has a host name part of 64 characters; at most 63 are allowed between dots");
	}

	@Test
	void controlCharactersAndSecretsInTheValueAreNeverEchoed() {
		assertThatThrownBy(() -> ApiBaseUrl.parse("https://h\u001B[2J/x", "X"))
			.hasMessage("X: api_base_url 'https://h\\u001B[2J/x' holds a space, a control or a non-ASCII character"
					+ " (character 10); percent-encode it");
		assertThatThrownBy(() -> ApiBaseUrl.parse(SECRET, "X")).message().doesNotContain(SECRET.substring(0, 12));
	}

	@ParameterizedTest
	@CsvSource({ "https://api.veracode.com/,https://api.veracode.com",
			"HTTPS://API.VERACODE.EU,HTTPS://API.VERACODE.EU",
			"https://proxy.example.com:8443/veracode//,https://proxy.example.com:8443/veracode",
			"http://127.0.0.1:65535,http://127.0.0.1:65535", "http://[::1]:1/,http://[::1]:1",
			"http://[::ffff:127.0.0.1],http://[::ffff:127.0.0.1]", "https://10.0.0.1,https://10.0.0.1",
			"http://app.localhost:80,http://app.localhost:80" })
	void goodUrlsLoseOnlyTheirTrailingSlashes(String url, String expected) {
		assertThat(ApiBaseUrl.parse(url, "X")).isEqualTo(URI.create(expected));
	}

	@ParameterizedTest
	@CsvSource({ "127.0.0.1,true", "127.255.255.254,true", "[::1],true", "localhost,true", "LocalHost,true",
			"x.localhost,true", "128.0.0.1,false", "127.0.0.1.example.com,false", "localhost.example.com,false",
			"[::2],false", "1.2.3.4.5,false", "[fe80::1],false" })
	void loopbackIsDecidedWithoutDns(String host, boolean loopback) {
		assertThat(ApiBaseUrl.isLoopback(host)).isEqualTo(loopback);
	}

	@Test
	void theSameRulesHoldInTheFileAndInTheEnvironment() {
		String text = "[p]\nveracode_api_key_id = " + ID + "\nveracode_api_key_secret = " + SECRET
				+ "\napi_base_url = http://127.0.0.1:99999\n";
		CredentialsFile file = CredentialsFile.parse(FILE, text);
		assertThatThrownBy(() -> ProfileReader.fromSection(file, file.section("p").orElseThrow(), null))
			.isInstanceOf(ProfileException.class)
			.hasMessage(FILE + " line 4 (profile [p]): api_base_url 'http://127.0.0.1:99999' has port 99999;"
					+ " a port is 1 to 65535");
		assertThatThrownBy(
				() -> ProfileReader.fromSection(file, file.section("p").orElseThrow(), "https://" + LONG_HOST))
			.hasMessageStartingWith("VCSHELL_API_BASE_URL: api_base_url 'https://hhhh");
		assertThatThrownBy(() -> ProfileReader.fromEnvironment(ID, SECRET, "http://127.0.0.1:99999"))
			.hasMessageStartingWith("VCSHELL_API_BASE_URL: api_base_url 'http://127.0.0.1:99999' has port 99999");
	}

	/**
	 * The oracle: whatever is accepted builds a JDK HTTP request and, for https to a
	 * name, an SNI host name (the two places that threw IllegalArgumentException before).
	 */
	@Property(tries = 3000)
	void everyAcceptedUrlCanBeRequested(@ForAll("urls") String url) {
		URI base;
		try {
			base = ApiBaseUrl.parse(url, "X");
		}
		catch (ProfileException ex) {
			Statistics.collect("refused");
			assertThat(ex.getMessage()).doesNotContain("\n", "\r", "\u001B");
			return;
		}
		Statistics.collect("accepted");
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/authn/v2/users/self")).build();
		assertThat(request.uri().getHost()).isEqualTo(base.getHost());
		assertThat(request.uri().getPort()).isBetween(-1, 65535).isNotZero();
		String host = base.getHost();
		if (base.getScheme().equalsIgnoreCase("https") && !host.startsWith("[") && !host.matches("[0-9.]+")) {
			assertThat(new SNIHostName(host).getAsciiName()).isEqualToIgnoringCase(host);
		}
		Statistics.coverage((coverage) -> coverage.check("accepted").percentage((p) -> p > 8));
	}

	@Provide
	Arbitrary<String> urls() {
		Arbitrary<String> scheme = Arbitraries.frequency(Tuple.of(8, "https://"), Tuple.of(4, "http://"),
				Tuple.of(1, "HTTPS://"), Tuple.of(1, "ftp://"), Tuple.of(1, "https:"), Tuple.of(1, ""),
				Tuple.of(1, "https:///"));
		Arbitrary<String> label = Arbitraries.frequencyOf(
				Tuple.of(6, Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(10)),
				Tuple.of(1, Arbitraries.strings().withChars("abcxyz019-_.%").ofMaxLength(70)),
				Tuple.of(1, Arbitraries.strings().withChars("q").ofMinLength(60).ofMaxLength(66)));
		Arbitrary<String> host = Arbitraries.frequencyOf(
				Tuple.of(4, label.list().ofMinSize(1).ofMaxSize(5).map((l) -> String.join(".", l))),
				Tuple.of(2, Arbitraries.of("127.0.0.1", "[::1]", "[fe80::1%25lo]", "localhost", "999.0.0.1",
						"api.veracode.com.", "10.0.0.1", "[::ffff:127.0.0.1]", "x.localhost")));
		Arbitrary<String> port = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("")),
				Tuple.of(2, Arbitraries.integers().between(-1, 200_000).map((p) -> ":" + p)),
				Tuple.of(1, Arbitraries.of(":", ":99999999999", ":0x50", ":65535", ":1")));
		Arbitrary<String> rest = Arbitraries.of("", "", "/", "/veracode", "/a/b/", "/a/../b", "/%2e", "?q", "#f", "/ x",
				"/\u00e9", "/%zz", "@x", "\u001B", "/%41");
		Arbitrary<String> user = Arbitraries.frequency(Tuple.of(9, ""), Tuple.of(1, "u:p@"));
		return Combinators.combine(scheme, user, host, port, rest).as((s, u, h, p, r) -> s + u + h + p + r);
	}

}
