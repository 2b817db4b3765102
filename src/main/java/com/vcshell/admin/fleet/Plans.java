package com.vcshell.admin.fleet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import com.vcshell.admin.delivery.CommandSplitter;
import com.vcshell.profile.UserEnvironment;

/**
 * Reads plan files: a regular file of at most 1 MiB, in UTF-8, parsed by
 * {@link PlanParser}.
 */
@Component
class Plans {

	static final int MAX_BYTES = 1 << 20;

	private final CommandSplitter splitter;

	private final UserEnvironment environment;

	Plans(CommandSplitter splitter, UserEnvironment environment) {
		this.splitter = splitter;
		this.environment = environment;
	}

	/**
	 * The plan in the file.
	 * @throws PlanException when it cannot be read or does not read well (file and line)
	 */
	RotationPlan read(Path given) {
		Path file = given.toAbsolutePath().normalize();
		byte[] bytes = bytes(file);
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new PlanException("cannot read the plan " + file + ": it is not UTF-8 text");
		}
		return new PlanParser(this.splitter, this.environment.home()).parse(file, text, digest(bytes));
	}

	private static byte[] bytes(Path file) {
		try {
			if (!Files.isRegularFile(file)) {
				throw new PlanException("cannot read the plan " + file + ": "
						+ (Files.isDirectory(file) ? "it is a directory" : Files.exists(file) ? "not a regular file"
								: "no such file; write one with 'rotate plan --out " + file.getFileName() + "'"));
			}
			if (Files.size(file) > MAX_BYTES) {
				throw new PlanException("cannot read the plan " + file + ": larger than 1 MiB");
			}
			return Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			throw new PlanException("cannot read the plan " + file + ": no such file");
		}
		catch (IOException ex) {
			throw new PlanException(
					"cannot read the plan " + file + ": " + ex.getClass().getSimpleName() + " " + ex.getMessage());
		}
	}

	/** The first 16 hex characters of the SHA-256 of the plan. */
	static String digest(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java", ex);
		}
	}

}
