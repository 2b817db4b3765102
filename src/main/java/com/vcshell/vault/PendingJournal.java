package com.vcshell.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code ~/.vcshell/pending/}: the journal of credential generates in flight (design §4).
 * Before a generate is sent, {@link #begin} creates an entry {@code <UTC>-<random>.jsonl}
 * (mode 0600, in a 0700 folder) holding what the generate is for; the raw answer is
 * appended to it the moment it arrives, before it is even parsed; the entry is removed
 * once the new pair is saved where asked (or rescued). An entry left behind by a process
 * that died is found by the next start ({@link #waiting}, {@link #claim}).
 * <p>
 * An entry is a JSON-lines file: the first line is an object of strings (the context,
 * with {@code time}), the second {@code {"answer_base64": "<the answer's bytes>"}}. The
 * process that writes an entry holds a POSIX record lock on it until it removes or
 * releases it, so another vcshell never recovers an entry still in flight, and two that
 * start together never recover the same one. An entry is created under a hidden name and
 * renamed once its first line is on disk and locked.
 */
@Component
public class PendingJournal {

	static final String FOLDER = "pending";

	static final String SUFFIX = ".jsonl";

	static final String NEW = ".new";

	static final String UNREADABLE = ".unreadable";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final VcshellHome home;

	private final Clock clock;

	@Autowired
	public PendingJournal(VcshellHome home) {
		this(home, Clock.systemUTC());
	}

	public PendingJournal(VcshellHome home, Clock clock) {
		this.home = home;
		this.clock = clock;
	}

	/** The journal's folder (it may not exist). */
	public Path folder() {
		return this.home.resolve(FOLDER);
	}

	/**
	 * Creates a locked entry for a generate about to be sent, its context on disk.
	 * @param context what the generate is for (no secret), in the order to record
	 * @throws VaultException when the entry cannot be written: then send nothing
	 */
	public PendingEntry begin(Map<String, String> context) {
		Instant now = this.clock.instant();
		Map<String, String> recorded = new LinkedHashMap<>();
		recorded.put("time", now.toString());
		recorded.putAll(context);
		byte[] line = (Json.MAPPER.writeValueAsString(recorded) + "\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		Path folder = folder();
		String name = STAMP.format(now) + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt())
				+ SUFFIX;
		try {
			return Uninterruptibly.call(() -> create(folder, name, line, recorded));
		}
		catch (IOException ex) {
			throw new VaultException("cannot write the pending journal in " + folder + ": "
					+ NewCredentialsFiles.reason(ex) + "; nothing was generated", ex);
		}
	}

	private static PendingEntry create(Path folder, String name, byte[] line, Map<String, String> context)
			throws IOException {
		OwnerOnlyFiles.folder(folder);
		Path hidden = folder.resolve("." + name + NEW);
		Path file = folder.resolve(name);
		FileChannel channel = FileChannel.open(hidden,
				Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ),
				OwnerOnlyFiles.fileAttributes());
		boolean created = false;
		try {
			FileLock lock = channel.lock();
			OwnerOnlyFiles.write(channel, line);
			channel.force(true);
			OwnerOnlyFiles.checkReadBack(channel, line, hidden);
			move(hidden, file);
			forceFolder(folder);
			created = true;
			return new PendingEntry(file, channel, lock, context, null);
		}
		finally {
			if (!created) {
				channel.close();
				Files.deleteIfExists(hidden);
			}
		}
	}

	/**
	 * The entries left for recovery, in name (time) order: one listing, nothing when the
	 * folder does not exist. Hidden entries that never got past their creation (and hold
	 * no answer) are deleted on the way, unless another process still holds them.
	 */
	public List<Path> waiting() {
		try (Stream<Path> files = Files.list(folder())) {
			List<Path> all = files.sorted().toList();
			all.stream().filter(PendingJournal::isUnfinishedCreation).forEach(PendingJournal::deleteIfUnlocked);
			return all.stream().filter((path) -> path.getFileName().toString().endsWith(SUFFIX)).toList();
		}
		catch (NoSuchFileException ex) {
			return List.of();
		}
		catch (IOException ex) {
			throw new VaultException(
					"cannot list the pending journal " + folder() + ": " + NewCredentialsFiles.reason(ex), ex);
		}
	}

	/**
	 * Takes an entry for recovery: locks it and reads it. Empty when another process
	 * holds it (its generate is still running, or another vcshell is recovering it) or it
	 * is gone.
	 * @throws VaultException when it cannot be read
	 */
	public Optional<PendingEntry> claim(Path entry) {
		try {
			return Optional.ofNullable(Uninterruptibly.call(() -> PendingEntry.claim(entry)));
		}
		catch (IOException ex) {
			throw new VaultException(
					"cannot read the pending journal entry " + entry + ": " + NewCredentialsFiles.reason(ex), ex);
		}
	}

	private static boolean isUnfinishedCreation(Path path) {
		String name = path.getFileName().toString();
		return name.startsWith(".") && name.endsWith(SUFFIX + NEW);
	}

	private static void deleteIfUnlocked(Path hidden) {
		try {
			Uninterruptibly.run(() -> {
				try (FileChannel channel = FileChannel.open(hidden, StandardOpenOption.WRITE);
						FileLock lock = tryLock(channel)) {
					if (lock != null) {
						Files.deleteIfExists(hidden);
					}
				}
			});
		}
		catch (IOException ex) {
			// it holds no answer: left for the next start
		}
	}

	/** The lock, or {@code null} when another process (or channel) holds it. */
	static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to);
		}
	}

	/** Makes a create, rename or delete durable; not every file system can. */
	static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException ex) {
			// best effort (Windows cannot open a folder)
		}
	}

	/**
	 * Built on the first entry, not at start-up (the start only lists the folder):
	 * Jackson is about 460 classes.
	 */
	static final class Json {

		static final JsonMapper MAPPER = JsonMapper.builder().build();

		private Json() {
		}

	}

}
