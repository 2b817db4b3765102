package com.vcshell.shell.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Objects;

/**
 * The lines of a command file or of standard input, each at most {@value #MAX_LINE}
 * characters: a line ends at {@code \n}, {@code \r} or {@code \r\n}, as
 * {@link BufferedReader#readLine()} has it, but a file without line ends (a binary, or
 * {@code /dev/zero} on standard input) is refused instead of read into memory whole.
 */
final class ScriptLines {

	/** Far more than any command needs. */
	static final int MAX_LINE = 65_536;

	private final String source;

	private final BufferedReader reader;

	private int number;

	ScriptLines(String source, BufferedReader reader) {
		this.source = source;
		this.reader = reader;
	}

	/**
	 * The next line, or {@code null} at the end.
	 * @throws CommandLineException when it cannot be read, is not UTF-8 or is too long
	 */
	String next() {
		try {
			return read();
		}
		catch (CharacterCodingException ex) {
			throw new CommandLineException(this.source + " is not UTF-8 text");
		}
		catch (IOException ex) {
			throw new CommandLineException("cannot read " + this.source + ": "
					+ Objects.requireNonNullElse(ex.getMessage(), ex.getClass().getSimpleName()));
		}
	}

	private String read() throws IOException {
		StringBuilder line = new StringBuilder();
		int c = this.reader.read();
		if (c < 0) {
			return null;
		}
		this.number++;
		while (c >= 0 && c != '\n' && c != '\r') {
			if (line.length() == MAX_LINE) {
				throw new CommandLineException(this.source + ": line " + this.number + " is longer than " + MAX_LINE
						+ " characters; is it a command file?");
			}
			line.append((char) c);
			c = this.reader.read();
		}
		if (c == '\r') {
			this.reader.mark(1);
			if (this.reader.read() != '\n') {
				this.reader.reset();
			}
		}
		return line.toString();
	}

}
