package com.vcshell.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds the key pair in the text of a Veracode CLI {@code veracode.yml}: the values of
 * {@code key-id} and {@code key-secret} in the top-level {@code api} block mapping, with
 * where each sits in its line, so that an edit changes those characters and no other.
 * Reads only what it needs, line by line, like a YAML parser would for this shape: any
 * indentation for the block, comments and blank lines anywhere, other keys and nested
 * blocks, plain, single-quoted and double-quoted values with a trailing comment, any line
 * ends and a byte order mark. Anything else (a flow mapping {@code api: {...}}, a block
 * or multi-line value, an anchor, alias or tag, an escape) is reported as a problem
 * rather than guessed at.
 */
final class YamlApiKeys {

	static final String KEY_ID = "key-id";

	static final String KEY_SECRET = "key-secret";

	private static final Pattern API = Pattern.compile("(?:api|\"api\"|'api')[ \\t]*:(?:[ \\t]+(.*))?");

	private static final Pattern CHILD = Pattern
		.compile("(key-id|key-secret|\"key-id\"|\"key-secret\"|'key-id'|'key-secret')[ \\t]*:(?:[ \\t]+|$)");

	private static final Pattern TRAILER = Pattern.compile("[ \\t]*(?:#.*)?");

	private YamlApiKeys() {
	}

	/** The text as lines, with where the two values are, or why they cannot be edited. */
	static Parsed parse(String text) {
		boolean bom = text.startsWith("\uFEFF");
		List<Line> lines = Line.split(bom ? text.substring(1) : text);
		Finder finder = new Finder();
		for (int i = 0; i < lines.size() && finder.problem == null; i++) {
			finder.accept(i, lines.get(i).text());
		}
		return new Parsed(bom, lines, finder.keyId, finder.keySecret, finder.problem());
	}

	/**
	 * One line of the file.
	 *
	 * @param text the line without its end
	 * @param ending {@code \n}, {@code \r\n}, {@code \r}, or empty on a last line without
	 * one
	 */
	record Line(String text, String ending) {

		static List<Line> split(String text) {
			List<Line> lines = new ArrayList<>();
			int start = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\n' || c == '\r') {
					int end = (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? i + 2 : i + 1;
					lines.add(new Line(text.substring(start, i), text.substring(i, end)));
					start = end;
					i = end - 1;
				}
			}
			if (start < text.length()) {
				lines.add(new Line(text.substring(start), ""));
			}
			return lines;
		}

		/** A line may hold a secret: only its length shows. */
		@Override
		public String toString() {
			return "Line[" + this.text.length() + " characters]";
		}

	}

	/**
	 * A value in a line: {@code text.substring(start, end)}, inside its quotes if any.
	 *
	 * @param quote {@code "}, {@code '}, or a space for a plain value
	 */
	record Scalar(int line, int start, int end, char quote, String value) {

		/** The value may be a secret: only where it is shows. */
		@Override
		public String toString() {
			return "Scalar[line " + (this.line + 1) + ", columns " + this.start + "-" + this.end + "]";
		}

	}

	/**
	 * What the text says.
	 *
	 * @param keyId the {@code key-id} value, when found
	 * @param keySecret the {@code key-secret} value, when found
	 * @param problem why the pair cannot be edited, or {@code null}
	 */
	record Parsed(boolean bom, List<Line> lines, @Nullable Scalar keyId, @Nullable Scalar keySecret,
			@Nullable String problem) {

		/** The text with these values (already in their final form) put in. */
		String with(String keyIdValue, String keySecretValue) {
			List<String> texts = new ArrayList<>(this.lines.stream().map(Line::text).toList());
			replace(texts, this.keyId, keyIdValue);
			replace(texts, this.keySecret, keySecretValue);
			StringBuilder text = new StringBuilder(this.bom ? "\uFEFF" : "");
			for (int i = 0; i < texts.size(); i++) {
				text.append(texts.get(i)).append(this.lines.get(i).ending());
			}
			return text.toString();
		}

		private static void replace(List<String> texts, @Nullable Scalar scalar, String value) {
			if (scalar == null) {
				throw new IllegalStateException("no value to replace");
			}
			String line = texts.get(scalar.line());
			String shown = (scalar.quote() == ' ' && !readsAsText(value)) ? "\"" + value + "\"" : value;
			texts.set(scalar.line(), line.substring(0, scalar.start()) + shown + line.substring(scalar.end()));
		}

		/**
		 * Whether YAML reads the plain value as text: a hex value of digits alone, or
		 * digits with one {@code e} and digits, would be read as a number.
		 */
		private static boolean readsAsText(String value) {
			return !value.matches("[0-9]+(?:[eE][0-9]+)?");
		}

		/** Holds values that may be secrets: only where they are shows. */
		@Override
		public String toString() {
			return "Parsed[" + this.lines.size() + " lines, keyId=" + this.keyId + ", keySecret=" + this.keySecret
					+ ", problem=" + this.problem + "]";
		}

	}

	/** Walks the lines once: the {@code api} block, then its direct children. */
	private static final class Finder {

		private boolean inApi;

		private boolean seenApi;

		private int childIndent = -1;

		private @Nullable Scalar keyId;

		private @Nullable Scalar keySecret;

		private @Nullable String problem;

		void accept(int index, String text) {
			String stripped = text.strip();
			if (stripped.isEmpty() || stripped.startsWith("#")) {
				return;
			}
			int indent = indentation(text);
			if (indent == 0) {
				this.inApi = false;
				topLevel(index, text);
			}
			else if (this.inApi) {
				child(index, text, indent);
			}
		}

		private void topLevel(int index, String text) {
			Matcher api = API.matcher(text);
			if (!api.matches()) {
				return;
			}
			String rest = api.group(1);
			if (this.seenApi) {
				this.problem = "'api' appears twice (line " + (index + 1) + ")";
			}
			else if (rest != null && !rest.isBlank() && !rest.strip().startsWith("#")) {
				this.problem = "'api' is not a block of indented keys (line " + (index + 1) + ")";
			}
			this.seenApi = true;
			this.inApi = true;
		}

		private void child(int index, String text, int indent) {
			if (this.childIndent < 0) {
				this.childIndent = indent;
			}
			if (indent != this.childIndent) {
				return; // a nested block, or a continuation the checks below do not need
			}
			Matcher key = CHILD.matcher(text).region(indent, text.length());
			if (!key.lookingAt()) {
				return;
			}
			boolean id = key.group(1).replace("\"", "").replace("'", "").equals(KEY_ID);
			if ((id ? this.keyId : this.keySecret) != null) {
				this.problem = "'" + (id ? KEY_ID : KEY_SECRET) + "' appears twice under 'api' (line " + (index + 1)
						+ ")";
				return;
			}
			Scalar scalar = scalar(index, text, key.end(), id ? KEY_ID : KEY_SECRET);
			if (id) {
				this.keyId = scalar;
			}
			else {
				this.keySecret = scalar;
			}
		}

		private @Nullable Scalar scalar(int index, String text, int from, String key) {
			String where = "'" + key + "' on line " + (index + 1);
			if (from >= text.length() || text.charAt(from) == '#') {
				this.problem = where + " has no value on its line";
				return null;
			}
			char first = text.charAt(from);
			if (first == '"' || first == '\'') {
				int close = text.indexOf(first, from + 1);
				boolean escaped = close > 0 && (first == '"' ? text.substring(from, close).indexOf('\\') >= 0
						: close + 1 < text.length() && text.charAt(close + 1) == '\'');
				if (close < 0 || escaped || !TRAILER.matcher(text.substring(close + 1)).matches()) {
					this.problem = where + " is a quoted value vcshell does not edit (escapes, or more than one line)";
					return null;
				}
				return new Scalar(index, from + 1, close, first, text.substring(from + 1, close));
			}
			if ("|>&*!{[%@`".indexOf(first) >= 0) {
				this.problem = where + " is a YAML form vcshell does not edit (block, anchor, alias, tag or flow)";
				return null;
			}
			int end = comment(text, from);
			while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
				end--;
			}
			return new Scalar(index, from, end, ' ', text.substring(from, end));
		}

		/** Where a plain value ends: at {@code " #"}, else at the end of the line. */
		private static int comment(String text, int from) {
			for (int i = from + 1; i < text.length(); i++) {
				if (text.charAt(i) == '#' && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
					return i;
				}
			}
			return text.length();
		}

		private static int indentation(String text) {
			int indent = 0;
			while (indent < text.length() && text.charAt(indent) == ' ') {
				indent++;
			}
			return indent;
		}

		@Nullable String problem() {
			if (this.problem != null || this.keyId == null) {
				return this.problem;
			}
			return (this.keySecret == null) ? "'api' has a '" + KEY_ID + "' but no '" + KEY_SECRET + "'" : null;
		}

	}

}
