package com.vcshell.admin.fleet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first reading of a plan: its lines split into the plan-level keys (before the first
 * section) and the sections with their keys, each with its line number. A line that holds
 * anything like a secret is refused here, before any value is used: a run of 32 or more
 * hex characters anywhere but in an {@code api_id} (which is exactly one api id), or a
 * {@code vera01…s-} secret prefix anywhere, comments included.
 */
final class PlanLines {

	private static final Pattern SECRET_LIKE = Pattern.compile("(?i)vera01[a-z]s-|[0-9a-f]{32,}");

	private static final Pattern KEY = Pattern.compile("[A-Za-z_]+");

	private final Path file;

	private final List<Entry> header = new ArrayList<>();

	private final List<Section> sections = new ArrayList<>();

	private PlanLines(Path file) {
		this.file = file;
	}

	/**
	 * Splits the text into header keys and sections.
	 * @throws PlanException naming the line of the first problem
	 */
	static PlanLines read(Path file, String text) {
		PlanLines lines = new PlanLines(file);
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		int number = 0;
		for (String line : body.lines().toList()) {
			lines.accept(++number, line.strip());
		}
		return lines;
	}

	private void accept(int number, String line) {
		if (line.isEmpty()) {
			return;
		}
		boolean comment = line.startsWith("#") || line.startsWith(";");
		if (!comment && !line.startsWith("[")) {
			Entry entry = entry(number, line);
			if (!entry.key().equals("api_id")) {
				refuseSecrets(number, line);
			}
			current().add(entry);
			return;
		}
		refuseSecrets(number, line);
		if (!comment) {
			section(number, line);
		}
	}

	private Entry entry(int number, String line) {
		int eq = line.indexOf('=');
		String key = (eq > 0) ? line.substring(0, eq).strip() : "";
		if (eq <= 0 || !KEY.matcher(key).matches()) {
			throw problem(number, "expected [account name], key = value, or a # comment");
		}
		return new Entry(key.toLowerCase(Locale.ROOT), line.substring(eq + 1).strip(), number);
	}

	private void section(int number, String line) {
		if (!line.endsWith("]") || line.length() < 3 || line.substring(1, line.length() - 1).isBlank()) {
			throw problem(number, "a section is an account's user name in brackets: [ci-payments-api]");
		}
		String name = line.substring(1, line.length() - 1).strip();
		if (name.codePoints().anyMatch(Character::isISOControl)) {
			throw problem(number, "the account name holds a control character");
		}
		Optional<Section> same = this.sections.stream().filter((s) -> s.name().equals(name)).findFirst();
		if (same.isPresent()) {
			throw problem(number,
					"account [" + name + "] is in the plan twice (first on line " + same.get().line() + ")");
		}
		this.sections.add(new Section(name, number, new ArrayList<>()));
	}

	private List<Entry> current() {
		return this.sections.isEmpty() ? this.header : this.sections.get(this.sections.size() - 1).entries();
	}

	private void refuseSecrets(int number, String line) {
		Matcher secret = SECRET_LIKE.matcher(line);
		if (secret.find()) {
			throw problem(number,
					"this line holds what looks like a secret (a run of 32 or more hex characters, "
							+ "or a vera01…s- prefix) at character " + (secret.start() + 1)
							+ "; a plan never holds a secret: remove it");
		}
	}

	PlanException problem(int number, String message) {
		return new PlanException(this.file + " line " + number + ": " + message);
	}

	PlanException problem(int number, String account, String message) {
		return new PlanException(this.file + " line " + number + " (account [" + account + "]): " + message);
	}

	List<Entry> header() {
		return this.header;
	}

	List<Section> sections() {
		return this.sections;
	}

	/** A {@code key = value} line (a plan holds no secret: it shows as it is). */
	record Entry(String key, String value, int line) {

		@Override
		public String toString() {
			return "Entry[line " + this.line + ": " + this.key + " = " + this.value + "]";
		}

	}

	/** An {@code [account]} section and its lines. */
	record Section(String name, int line, List<Entry> entries) {
	}

}
