package com.vcshell.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

import com.vcshell.vault.AtomicFileWriter;

/**
 * Reads a credentials file defensively, for every reader of it: before opening, anything
 * that is not a regular file (a folder, a FIFO that would block, a device such as
 * {@code /dev/zero} that never ends) is refused, a symbolic link is followed to what it
 * points at; at most 1 MiB is read; the text must be UTF-8. Every refusal is one
 * {@link ProfileException} that says why, naming the file (and for bad UTF-8 the line and
 * byte offset).
 */
final class CredentialsFileInput {

	/**
	 * No credentials file needs more; a bigger one is refused, not read. The writer's
	 * cap, so that a file read here can be saved into.
	 */
	static final int MAX_BYTES = AtomicFileWriter.MAX_BYTES;

	private CredentialsFileInput() {
	}

	/**
	 * The text of the file, or empty when nothing is at the path.
	 * @throws ProfileException when it is not a regular file, too large, unreadable or
	 * not UTF-8
	 */
	static Optional<String> read(Path file) {
		if (!check(file)) {
			return Optional.empty();
		}
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file)) {
			bytes = in.readNBytes(MAX_BYTES + 1);
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw cannotRead(file, reason(file, ex));
		}
		return Optional.of(decode(file, bytes));
	}

	/**
	 * Checks what is at the path without opening it.
	 * @return {@code false} when nothing is there, {@code true} for a regular file of at
	 * most 1 MiB
	 * @throws ProfileException for anything else, saying what it is
	 */
	static boolean check(Path file) {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class);
		}
		catch (NoSuchFileException ex) {
			return false;
		}
		catch (IOException ex) {
			throw cannotRead(file, reason(file, ex));
		}
		if (attributes.isDirectory()) {
			throw cannotRead(file, "it is a directory");
		}
		if (!attributes.isRegularFile()) {
			throw cannotRead(file, "it is not a regular file but " + kind(file));
		}
		if (attributes.size() > MAX_BYTES) {
			throw tooLarge(file);
		}
		return true;
	}

	/**
	 * The bytes as UTF-8 text.
	 * @throws ProfileException naming the line and byte offset of the first invalid byte,
	 * or when there are more than 1 MiB
	 */
	static String decode(Path file, byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			throw tooLarge(file);
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int offset = in.position();
			throw new ProfileException(SafeText.path(file) + " line " + lineAt(bytes, offset)
					+ ": not valid UTF-8 (byte offset " + offset + ")" + utf16Hint(bytes) + "; save the file as UTF-8");
		}
		return out.flip().toString();
	}

	/** The 1-based line of a byte offset, counting line ends as the parser does. */
	private static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
				line++;
			}
		}
		return line;
	}

	private static String utf16Hint(byte[] bytes) {
		boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
				|| (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
		return utf16 ? ", it looks like UTF-16" : "";
	}

	/** A FIFO, a device or a socket, in words (a Unix file type when it can be read). */
	private static String kind(Path file) {
		try {
			int type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
			return switch (type) {
				case 0010000 -> "a named pipe (FIFO)";
				case 0020000 -> "a character device";
				case 0060000 -> "a block device";
				case 0140000 -> "a socket";
				default -> "a special file";
			};
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException ex) {
			return "a special file (a FIFO, device or socket)";
		}
	}

	/**
	 * Why an I/O operation failed, in words (the JDK's message is often just the path),
	 * plus the file it failed on when that is another one (a lock or temp file).
	 */
	static String reason(Path file, IOException ex) {
		String why;
		if (ex instanceof AccessDeniedException) {
			why = "permission denied";
		}
		else if (ex instanceof NoSuchFileException) {
			why = "not found";
		}
		else if (ex instanceof FileSystemException fs && fs.getReason() != null && !fs.getReason().isBlank()) {
			why = SafeText.line(fs.getReason().toLowerCase(Locale.ROOT));
		}
		else if (ex.getMessage() == null || ex.getMessage().isBlank() || ex.getMessage().equals(file.toString())) {
			return ex.getClass().getSimpleName();
		}
		else {
			return SafeText.line(ex.getMessage());
		}
		String other = ((FileSystemException) ex).getFile();
		return (other == null || other.equals(file.toString())) ? why : why + " (" + SafeText.line(other) + ")";
	}

	private static ProfileException cannotRead(Path file, String why) {
		return new ProfileException("cannot read " + SafeText.path(file) + ": " + why);
	}

	private static ProfileException tooLarge(Path file) {
		return cannotRead(file,
				"it is larger than 1 MiB, far more than any credentials file needs; is it the right file?");
	}

}
