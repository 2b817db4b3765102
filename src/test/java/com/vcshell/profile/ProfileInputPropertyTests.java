package com.vcshell.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input to every reader of profiles: random bytes, random sections, keys and
 * values (control characters, Unicode digits, huge lines, planted secrets), random
 * {@code --profile} names and environment values. Whatever comes in, the only failure is
 * a {@link ProfileException} whose message is one line without control characters and
 * without the planted secret; profile listings obey the same rule.
 */
class ProfileInputPropertyTests {

	private static final Pattern HEX_32 = Pattern.compile("[0-9a-fA-F]{32,}");

	private static Path dir;

	@BeforeContainer
	static void createFolder() throws IOException {
		dir = Files.createTempDirectory("vcshell-property");
	}

	@AfterContainer
	static void deleteFolder() throws IOException {
		Files.deleteIfExists(dir.resolve("credentials"));
		Files.deleteIfExists(dir);
	}

	@Property(tries = 300)
	void everyReaderFailsOnlyWithOneCleanLine(@ForAll("input") Input input) throws IOException {
		Path file = dir.resolve("credentials");
		Files.write(file, input.bytes());
		UserEnvironment environment = new UserEnvironment(input.env(), dir);
		ProfileSettings settings = new ProfileSettings(file, input.chosen());
		CredentialsStore store = new CredentialsStore(settings, environment);
		TestKeys.Warnings warnings = new TestKeys.Warnings();
		ActiveProfile active = new ActiveProfile(store, environment, settings, warnings);
		ProfileManager manager = new ProfileManager(store, active, environment);
		List<String> shown = new ArrayList<>();
		Statistics.label("file").collect(outcome(store::read));
		Statistics.label("active profile").collect(outcome(active::require));
		guard(() -> shown.add(active.require().name()), input);
		guard(() -> manager.list().forEach((row) -> {
			shown.add(row.name());
			shown.add(String.valueOf(row.problem()));
		}), input);
		guard(() -> shown.add(active.use(input.used()).name()), input);
		guard(() -> manager.requireExisting(input.used()), input);
		shown.addAll(warnings.lines);
		shown.forEach((text) -> assertClean(text, input));
	}

	private static String outcome(Runnable reader) {
		try {
			reader.run();
			return "read";
		}
		catch (ProfileException ex) {
			return "refused";
		}
	}

	private static void guard(Runnable reader, Input input) {
		try {
			reader.run();
		}
		catch (ProfileException ex) {
			assertClean(ex.getMessage(), input);
		}
	}

	private static void assertClean(String text, Input input) {
		assertThat(SafeText.firstControl(text)).as("a control character in %s", SafeText.line(text)).isEqualTo(-1);
		assertThat(text).doesNotContain(input.secret().substring(0, 12))
			.doesNotContain(input.secret().substring(input.secret().length() - 12));
		assertThat(HEX_32.matcher(text).find()).as("a hex run in %s", text).isFalse();
	}

	/**
	 * One probe: the file's bytes, the {@code --profile} value, a name for
	 * {@code profile use}, the environment and the secret planted in them.
	 */
	record Input(byte[] bytes, String chosen, String used, Map<String, String> env, String secret) {

		@Override
		public String toString() {
			return "Input[" + new String(this.bytes, StandardCharsets.UTF_8).replace("\n", "\\n") + ", chosen="
					+ this.chosen + ", used=" + this.used + ", env=" + this.env + "]";
		}

	}

	@Provide
	Arbitrary<Input> input() {
		Arbitrary<String> secret = Arbitraries.strings().withChars("0123456789abcdef").ofLength(128);
		return secret.flatMap((planted) -> Combinators
			.combine(bytes(planted), name(planted).injectNull(0.3), name(planted), env(planted))
			.as((bytes, chosen, used, env) -> new Input(bytes, chosen, used, env, planted)));
	}

	private Arbitrary<byte[]> bytes(String planted) {
		Arbitrary<byte[]> text = Combinators
			.combine(section(planted).list().ofMaxSize(4), ending(), Arbitraries.of("", "", "\uFEFF", "# top\n"))
			.as((sections, end, head) -> (head + String.join("", sections).replace("\n", end))
				.getBytes(StandardCharsets.UTF_8));
		Arbitrary<byte[]> garbage = Arbitraries.of("garbage\n", "[\n", "[]\n", "=x\n", "k = v\n", "[default]\n")
			.map((line) -> line.getBytes(StandardCharsets.UTF_8));
		Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
		return Arbitraries.frequencyOf(Tuple.of(12, text), Tuple.of(1, noise),
				Tuple.of(2,
						Combinators
							.combine(text, Arbitraries.oneOf(noise, garbage), Arbitraries.integers().between(0, 100))
							.as(ProfileInputPropertyTests::splice)));
	}

	private static byte[] splice(byte[] text, byte[] noise, int percent) {
		int at = text.length * percent / 100;
		byte[] spliced = new byte[text.length + noise.length];
		System.arraycopy(text, 0, spliced, 0, at);
		System.arraycopy(noise, 0, spliced, at, noise.length);
		System.arraycopy(text, at, spliced, at + noise.length, text.length - at);
		return spliced;
	}

	/**
	 * A section with distinct keys, so that most files parse and reach the profile
	 * checks.
	 */
	private Arbitrary<String> section(String planted) {
		Arbitrary<String> id = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(TestKeys.ID)),
				Tuple.of(1, value(planted)));
		Arbitrary<String> secret = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(TestKeys.SECRET)),
				Tuple.of(2, value(planted)));
		Arbitrary<String> url = value(planted).injectNull(0.5);
		Arbitrary<String> other = Arbitraries.of("other = x\n", "# note\n", "", "", planted + " = 1\n",
				"k\u001B = 2\n");
		return Combinators.combine(name(planted), id.injectNull(0.1), secret.injectNull(0.1), url, other)
			.as((n, i, sec, u, o) -> "[" + n + "]\n" + line("veracode_api_key_id", i)
					+ line("VERACODE_API_KEY_SECRET", sec) + line("api_base_url", u) + o);
	}

	private static String line(String key, String value) {
		return (value == null) ? "" : key + " = " + value + "\n";
	}

	private Arbitrary<String> value(String planted) {
		return Arbitraries.frequencyOf(
				Tuple.of(3, Arbitraries.of(TestKeys.ID, planted, "vera01es-" + planted, "vera01ei-" + TestKeys.ID,
						TestKeys.EU_SECRET, "01\u06623", "\uFF21\uFF22", planted + "\u0662", "http://127.0.0.1:99999",
						"https://" + "h".repeat(300) + ".com", "https://" + planted + ".com", "https://h/\u001B",
						"http://[::1]:8080", "https://ok.example.com/p", "")),
				Tuple.of(2, Arbitraries.strings().ofMaxLength(40)),
				Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(20)),
				Tuple.of(1, Arbitraries.integers().between(1, 70_000).map((n) -> "z".repeat(n))));
	}

	private Arbitrary<String> name(String planted) {
		return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("default", "p", "env", "eu", "Default")),
				Tuple.of(2,
						Arbitraries.of(planted, "x" + planted, "vera01es-" + planted, "a\nb", "a\rb", "\u001B[2J",
								"rtl\u202E", "c1\u0085", "nul\u0000", "z".repeat(70_000), " spaced ")),
				Tuple.of(2, Arbitraries.strings().ofMinLength(1).ofMaxLength(12)));
	}

	private Arbitrary<String> ending() {
		return Arbitraries.of("\n", "\r\n", "\r");
	}

	private Arbitrary<Map<String, String>> env(String planted) {
		Arbitrary<String> id = Arbitraries.of(TestKeys.ID, "\uFF13" + TestKeys.ID.substring(1), planted, "x");
		Arbitrary<String> secret = Arbitraries.of(TestKeys.SECRET, "01\u06623", planted, planted + "\u0662");
		Arbitrary<String> url = Arbitraries.of("http://127.0.0.1:99999", "https://" + "h".repeat(70_000),
				"https://ok.example.com", "http://example.com", "https://" + planted + "/\u001B", "");
		return Combinators
			.combine(id.injectNull(0.6), secret.injectNull(0.6), url.injectNull(0.6), name(planted).injectNull(0.7))
			.as((i, s, u, p) -> {
				Map<String, String> env = new HashMap<>();
				putIfNotNull(env, "VERACODE_API_KEY_ID", i);
				putIfNotNull(env, "VERACODE_API_KEY_SECRET", s);
				putIfNotNull(env, "VCSHELL_API_BASE_URL", u);
				putIfNotNull(env, "VERACODE_API_PROFILE", p);
				return env;
			});
	}

	private static void putIfNotNull(Map<String, String> env, String name, String value) {
		if (value != null) {
			env.put(name, value);
		}
	}

}
