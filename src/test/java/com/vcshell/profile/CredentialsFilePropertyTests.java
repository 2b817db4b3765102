package com.vcshell.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.profile.CredentialsFile.Line;
import com.vcshell.profile.CredentialsFile.Section;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the parser and the editor over generated files. */
class CredentialsFilePropertyTests {

	private static final Path FILE = Path.of("credentials");

	@Property(tries = 2000)
	void parsingAnyTextThrowsNothingButProfileException(@ForAll("iniLikeText") String text) {
		CredentialsFile file;
		try {
			file = CredentialsFile.parse(FILE, text);
		}
		catch (ProfileException ex) {
			assertThat(ex.getMessage()).startsWith(FILE + " line ");
			return;
		}
		assertThat(file.text()).isEqualTo(text);
		for (Section section : file.sections()) {
			try {
				ProfileReader.fromSection(file, section, null);
			}
			catch (ProfileException ex) {
				assertThat(ex.getMessage()).startsWith(FILE.toString());
			}
		}
	}

	@Property(tries = 500)
	void parsingArbitraryUnicodeThrowsNothingButProfileException(@ForAll String text) {
		try {
			assertThat(CredentialsFile.parse(FILE, text).text()).isEqualTo(text);
		}
		catch (ProfileException ex) {
			assertThat(ex).hasMessageStartingWith(FILE.toString());
		}
	}

	@Property(tries = 1000)
	void writeThenParseGivesWhatWasWrittenAndKeepsTheRest(@ForAll("validFile") String text,
			@ForAll("profileName") String name, @ForAll("credentials") ApiCredentials credentials) {
		// given
		CredentialsFile before = CredentialsFile.parse(FILE, text);
		// when
		CredentialsFile after = CredentialsFile.parse(FILE,
				CredentialsFileEditor.withProfile(before, name, credentials, null));
		// then
		Section written = after.section(name).orElseThrow();
		assertThat(ProfileReader.fromSection(after, written, null).credentials()).isEqualTo(credentials);
		assertThat(after.bom()).isEqualTo(before.bom());
		if (before.section(name).isPresent()) {
			assertThat(outside(after, written)).isEqualTo(outside(before, before.section(name).get()));
			assertThat(nonKeyLines(after, written)).isEqualTo(nonKeyLines(before, before.section(name).get()));
		}
		else {
			String old = before.text();
			String kept = after.text().substring(0, old.length());
			assertThat(kept).isEqualTo(old);
			List<String> names = new ArrayList<>(before.profileNames());
			names.add(name);
			assertThat(after.profileNames()).isEqualTo(names);
		}
	}

	@Property(tries = 300)
	void removeKeepsEveryOtherProfileByteForByte(@ForAll("validFile") String text) {
		CredentialsFile before = CredentialsFile.parse(FILE, text);
		for (String name : before.profileNames()) {
			CredentialsFile after = CredentialsFile.parse(FILE, CredentialsFileEditor.withoutProfile(before, name));
			List<String> others = new ArrayList<>(before.profileNames());
			others.remove(name);
			assertThat(after.profileNames()).isEqualTo(others);
			for (String other : others) {
				assertThat(sectionLines(after, after.section(other).get()))
					.isEqualTo(sectionLines(before, before.section(other).get()));
			}
		}
	}

	private static List<Line> outside(CredentialsFile file, Section section) {
		List<Line> lines = new ArrayList<>(file.lines());
		lines.subList(section.line() - 1, section.lastLine()).clear();
		return lines;
	}

	private static List<Line> nonKeyLines(CredentialsFile file, Section section) {
		List<Line> lines = new ArrayList<>();
		for (int n = section.line(); n <= section.lastLine(); n++) {
			int number = n;
			boolean key = section.entries()
				.stream()
				.anyMatch(e -> e.line() == number
						&& (e.key().equals(CredentialsFile.KEY_ID) || e.key().equals(CredentialsFile.KEY_SECRET)));
			if (!key) {
				lines.add(file.lines().get(n - 1));
			}
		}
		return lines;
	}

	private static List<String> sectionLines(CredentialsFile file, Section section) {
		List<String> lines = new ArrayList<>();
		for (CredentialsFile.Entry entry : section.entries()) {
			lines.add(file.lines().get(entry.line() - 1).text());
		}
		lines.add(file.lines().get(section.line() - 1).text());
		return lines;
	}

	@Provide
	Arbitrary<String> iniLikeText() {
		Arbitrary<String> hex = Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofMaxLength(140);
		Arbitrary<String> shortHex = Arbitraries.strings().withChars("0123456789abcdef").ofMaxLength(6);
		Arbitrary<String[]> prefixes = Arbitraries.of(new String[] { "", "" }, new String[] { "", "" },
				new String[] { "vera01ei-", "vera01es-" }, new String[] { "vera01fi-", "vera01fs-" },
				new String[] { "vera01xi-", "vera01xs-" }, new String[] { "vera01ei-", "" }, new String[] { "-", "-" });
		Arbitrary<String> section = Combinators
			.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(3), prefixes,
					Arbitraries.oneOf(hex, Arbitraries.strings().withChars("0123456789abcdef").ofLength(32)),
					Arbitraries.oneOf(hex, shortHex))
			.as((name, prefix, id, secret) -> "\n[" + name + "]\nveracode_api_key_id = " + prefix[0] + id
					+ "\nveracode_api_key_secret = " + prefix[1] + secret + "\n");
		Arbitrary<String> token = Arbitraries.of("[", "]", "=", ":", "#", ";", " ", "\t", "\r\n", "\n", "\r", "\uFEFF",
				"[default]", "veracode_api_key_id", "VERACODE_API_KEY_SECRET", "\napi_base_url = ", "http://",
				"https://", "localhost", "[::1]", "127.0.0.1:80", "example.com", "%", "\u0000", "é");
		Arbitrary<String> piece = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, section),
				net.jqwik.api.Tuple.of(2, token), net.jqwik.api.Tuple.of(1, hex),
				net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(5)));
		return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
	}

	@Provide
	Arbitrary<String> profileName() {
		return Arbitraries.oneOf(Arbitraries.of("default", "a", "b", "eu"),
				Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("_.-").ofMinLength(1).ofMaxLength(12))
			.filter(name -> Character.isLetterOrDigit(name.charAt(0)));
	}

	@Provide
	Arbitrary<ApiCredentials> credentials() {
		Arbitrary<String> id = Arbitraries.bytes().array(byte[].class).ofSize(16).map(HexFormat.of()::formatHex);
		Arbitrary<String> secret = Arbitraries.bytes()
			.array(byte[].class)
			.ofMinSize(1)
			.ofMaxSize(64)
			.map(HexFormat.of()::formatHex);
		Arbitrary<String> prefix = Arbitraries.of("", "e", "f", "g");
		return Combinators.combine(id, secret, prefix)
			.as((i, s, p) -> p.isEmpty() ? ApiCredentials.of(i, s)
					: ApiCredentials.of("vera01" + p + "i-" + i, "vera01" + p + "s-" + s));
	}

	@Provide
	Arbitrary<String> validFile() {
		Arbitrary<String> ending = Arbitraries.of("\n", "\r\n");
		Arbitrary<String> comment = Arbitraries.of("", "# comment", "; note", "   ");
		Arbitrary<String> filler = Arbitraries.of("", "# comment", "; note", "   ", "other_key = x", "\tkey : y");
		Arbitrary<String> keys = Combinators
			.combine(credentials(), Arbitraries.of(" = ", "=", " : ", "\t=  "),
					Arbitraries.of("veracode_api_key_id", "VERACODE_API_KEY_ID"), filler)
			.as((c, sep, idKey, fill) -> idKey + sep + CredentialsFileEditor.idValue(c) + "\u0001" + fill
					+ "\u0001veracode_api_key_secret" + sep + CredentialsFileEditor.secretValue(c));
		Arbitrary<String> section = Combinators.combine(profileName(), keys, comment)
			.as((name, body, fill) -> "[" + name + "]\u0001" + body + "\u0001" + fill);
		return Combinators
			.combine(section.list().ofMaxSize(5).uniqueElements(s -> s.substring(0, s.indexOf(']'))), ending,
					Arbitraries.of(true, false), Arbitraries.of(true, false), comment)
			.as((sections, end, bom, lastEnding, top) -> {
				String body = top + "\u0001" + String.join("\u0001", sections);
				String text = body.replace("\u0001", end) + (lastEnding ? end : "");
				return (bom ? "\uFEFF" : "") + text;
			});
	}

}
