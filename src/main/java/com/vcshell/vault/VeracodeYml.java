package com.vcshell.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.vcshell.auth.Masking;
import com.vcshell.auth.Region;

/**
 * The Veracode CLI's configuration file, {@code ~/.veracode/veracode.yml}, as far as it
 * holds a key pair:
 *
 * <pre>
 * api:
 *   key-id: &lt;api id&gt;
 *   key-secret: &lt;secret&gt;
 * </pre>
 *
 * Finds whether it holds a given api id, and replaces that pair changing only the two
 * values: every other byte (comments, other keys, indentation, quotes, line ends) stays
 * as it was. Writes go through the {@link AtomicFileWriter} (lock, temp file, fsync,
 * rename, mode 0600). Only a regular file of at most 1 MiB in UTF-8 is read.
 */
public final class VeracodeYml {

	private static final int MAX_BYTES = AtomicFileWriter.MAX_BYTES;

	private final Path file;

	private final AtomicFileWriter writer;

	public VeracodeYml(Path file) {
		this(file, new AtomicFileWriter());
	}

	VeracodeYml(Path file, AtomicFileWriter writer) {
		this.file = file;
		this.writer = writer;
	}

	public Path file() {
		return this.file;
	}

	/**
	 * Whether the file holds the api id (any case, with or without a region prefix).
	 * @throws VaultException when the file exists but cannot be read
	 */
	public Holding holds(String apiId) {
		if (!Files.exists(this.file)) {
			return Holding.NO;
		}
		String text = decode(read());
		YamlApiKeys.Parsed parsed = YamlApiKeys.parse(text);
		if (parsed.problem() == null && parsed.keyId() != null && matches(parsed.keyId().value(), apiId)) {
			return Holding.YES;
		}
		return text.toLowerCase(Locale.ROOT).contains(apiId.toLowerCase(Locale.ROOT)) ? Holding.ONLY_MENTIONS
				: Holding.NO;
	}

	/**
	 * Replaces the pair whose key id is {@code oldApiId} by the new one, keeping the
	 * values' quotes and, when the new values have none, their region prefix.
	 * @param keyId the new key id as issued
	 * @param keySecret the new secret as issued
	 * @throws VaultException when the file does not hold that api id (any more) or cannot
	 * be written; it is then unchanged
	 */
	public void replaceKey(String oldApiId, String keyId, String keySecret) {
		check();
		try {
			this.writer.update(this.file, (bytes) -> {
				if (bytes == null) {
					throw new VaultException(this.file + " is gone", null);
				}
				YamlApiKeys.Parsed parsed = YamlApiKeys.parse(decode(bytes));
				if (parsed.problem() != null || parsed.keyId() == null || parsed.keySecret() == null
						|| !matches(parsed.keyId().value(), oldApiId)) {
					throw new VaultException(this.file + " no longer holds the key " + Masking.mask(oldApiId)
							+ ((parsed.problem() != null) ? " (" + parsed.problem() + ")" : ""), null);
				}
				return parsed
					.with(Region.keepPrefix(parsed.keyId().value(), keyId),
							Region.keepPrefix(parsed.keySecret().value(), keySecret))
					.getBytes(StandardCharsets.UTF_8);
			});
		}
		catch (IOException ex) {
			throw new VaultException("could not write " + this.file + ": " + NewCredentialsFiles.reason(ex), ex);
		}
	}

	/**
	 * Why the file holds the api id in a way vcshell does not edit, or {@code null}.
	 * @throws VaultException when the file cannot be read
	 */
	public String problem() {
		return Files.exists(this.file) ? YamlApiKeys.parse(decode(read())).problem() : null;
	}

	/** Whether a key id value (quotes removed) is the api id. */
	private static boolean matches(String keyIdValue, String apiId) {
		String value = keyIdValue.strip();
		String bare = value.substring(value.lastIndexOf('-') + 1);
		return bare.equalsIgnoreCase(apiId);
	}

	private byte[] read() {
		check();
		try (InputStream in = Files.newInputStream(this.file)) {
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new VaultException("cannot read " + this.file + ": larger than 1 MiB", null);
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new VaultException("cannot read " + this.file + ": " + NewCredentialsFiles.reason(ex), ex);
		}
	}

	/** Refuses what is not a regular file before opening it (a FIFO would block). */
	private void check() {
		if (Files.exists(this.file) && !Files.isRegularFile(this.file)) {
			throw new VaultException("cannot read " + this.file + ": not a regular file", null);
		}
	}

	private String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new VaultException("cannot read " + this.file + ": not UTF-8 text", ex);
		}
	}

	/** What a file says about an api id. */
	public enum Holding {

		/** Its {@code api: key-id} is that api id. */
		YES,
		/**
		 * The api id appears in it, but not as a key id vcshell can edit (a comment,
		 * another key, a YAML form vcshell does not edit).
		 */
		ONLY_MENTIONS,
		/** The api id is not in it (or there is no file). */
		NO

	}

}
