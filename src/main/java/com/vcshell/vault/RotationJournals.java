package com.vcshell.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * The rotation journals, {@code ~/.vcshell/rotations/<plan>-<UTC>.jsonl} (design §4):
 * mode 0600 in a folder of mode 0700, one line per completed step, each appended and
 * forced to disk before the caller goes on. A line holding anything secret-like (a hex
 * run longer than an api id's 32 characters, a {@code vera01…s-} secret prefix) has it
 * masked before it is written: a journal never holds a secret, even by mistake.
 */
@Component
public class RotationJournals {

	static final String FOLDER = "rotations";

	static final String SUFFIX = ".jsonl";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final Pattern SECRET_LIKE = Pattern.compile("[0-9a-fA-F]{33,}|(?i)vera01[a-z]s-[0-9a-z]*");

	private static final Pattern UNSAFE_NAME = Pattern.compile("[^A-Za-z0-9._-]+");

	private static final Pattern NAME_STAMP = Pattern.compile("-(\\d{8}T\\d{6}Z)(-(\\d+))?\\.jsonl$");

	private static final int MAX_ATTEMPTS = 100;

	private final VcshellHome home;

	public RotationJournals(VcshellHome home) {
		this.home = home;
	}

	/** The folder of the journals (it may not exist yet). */
	public Path folder() {
		return this.home.resolve(FOLDER);
	}

	/**
	 * Creates a new, empty journal for a run of the plan starting now.
	 * @throws VaultException when it cannot be created
	 */
	public Path create(String planName, Instant start) {
		String base = safeName(planName) + "-" + STAMP.format(start);
		try {
			OwnerOnlyFiles.folder(folder());
			for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
				Path file = folder().resolve(base + ((attempt > 0) ? "-" + attempt : "") + SUFFIX);
				try {
					OwnerOnlyFiles.createNew(file, "");
					return file;
				}
				catch (FileAlreadyExistsException ex) {
					// another run of the same plan in the same second: try the next name
				}
			}
			throw new IOException("too many journals named " + base);
		}
		catch (IOException ex) {
			throw new VaultException(
					"could not create a rotation journal in " + folder() + ": " + NewCredentialsFiles.reason(ex), ex);
		}
	}

	/**
	 * Appends one line and forces it to disk. A pending interrupt (Ctrl-C) is held back
	 * while writing, so that it cannot cost the line, and raised again afterwards.
	 * @throws VaultException when the journal cannot be written
	 */
	public synchronized void append(Path journal, String line) {
		String safe = SECRET_LIKE.matcher(line.replace('\n', ' ').replace('\r', ' ')).replaceAll("****");
		boolean interrupted = Thread.interrupted();
		try (FileChannel channel = FileChannel.open(journal,
				Set.of(StandardOpenOption.WRITE, StandardOpenOption.APPEND, StandardOpenOption.CREATE),
				OwnerOnlyFiles.fileAttributes())) {
			OwnerOnlyFiles.write(channel, safe + "\n");
			channel.force(false);
		}
		catch (IOException ex) {
			throw new VaultException(
					"could not write the rotation journal " + journal + ": " + NewCredentialsFiles.reason(ex), ex);
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * The complete lines of a journal; a last line cut short by a crash (no line end) is
	 * left out, as it was never forced to disk.
	 * @throws VaultException when it cannot be read
	 */
	public List<String> read(Path journal) {
		String text;
		try {
			text = Files.readString(journal, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new VaultException(
					"could not read the rotation journal " + journal + ": " + NewCredentialsFiles.reason(ex), ex);
		}
		List<String> lines = new ArrayList<>(text.lines().toList());
		if (!text.isEmpty() && !text.endsWith("\n")) {
			lines.remove(lines.size() - 1);
		}
		lines.removeIf(String::isBlank);
		return lines;
	}

	/** The journal of the run that started last, if any. */
	public Optional<Path> newest() {
		if (!Files.isDirectory(folder())) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(folder())) {
			return files.filter((file) -> file.getFileName().toString().endsWith(SUFFIX))
				.max(Comparator.comparing(RotationJournals::startOf).thenComparing(Path::toString));
		}
		catch (IOException ex) {
			throw new VaultException(
					"could not list the rotation journals in " + folder() + ": " + NewCredentialsFiles.reason(ex), ex);
		}
	}

	/** A plan name as a file name shows it: letters, digits, {@code . _ -}. */
	static String safeName(String planName) {
		String safe = UNSAFE_NAME.matcher(planName).replaceAll("-");
		return (safe.isEmpty() || safe.startsWith(".")) ? "plan" + safe : safe;
	}

	/** The start stamp in a journal's name ({@code <plan>-<stamp>[-n].jsonl}). */
	private static String startOf(Path file) {
		Matcher stamp = NAME_STAMP.matcher(file.getFileName().toString());
		if (!stamp.find()) {
			return "";
		}
		int attempt = (stamp.group(3) != null) ? Integer.parseInt(stamp.group(3)) : 0;
		return stamp.group(1) + String.format(Locale.ROOT, "%03d", attempt);
	}

}
