package com.vcshell.vault;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Replaces a file's content safely: under an OS lock on a sibling {@code <name>.lock}
 * file (so two processes never lose each other's writes), it reads the current bytes
 * (only of a regular file, at most 1 MiB, checked again under the lock), writes the new
 * ones to a temp file {@code .<name>.<random>.tmp} in the same folder, forces them to
 * disk, reads them back, and renames the temp file over the original atomically. The
 * result has mode 0600. A crash at any point leaves either the old file or the new one,
 * never a mix; a temp file it may leave is cleaned up by {@link #recoverLeftovers}. The
 * work runs {@link Uninterruptibly}: a Ctrl-C does not close its channels half-way.
 * <p>
 * The lock is the JDK's {@code FileChannel} lock, which on Linux and macOS is a POSIX
 * record lock ({@code fcntl} {@code F_SETLK}, a write lock over the whole file), not a
 * {@code flock(2)} lock: another program must take the same kind on {@code <name>.lock}
 * (for example Python's {@code fcntl.lockf}) to keep out of vcshell's way. It is held
 * from before the current content is read until the rename is durable (milliseconds), and
 * awaited for at most 30 seconds.
 */
public final class AtomicFileWriter {

	private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(30);

	private static final String TEMP_SUFFIX = ".tmp";

	/**
	 * The most it reads of a file, and so the most any reader of a file it rewrites may
	 * accept (the credentials file, {@code veracode.yml}): what was read can be updated.
	 */
	public static final int MAX_BYTES = 1024 * 1024;

	private final BeforeRename beforeRename;

	private final Duration lockTimeout;

	public AtomicFileWriter() {
		this((temp) -> {
		});
	}

	/** A writer with a seam between writing the temp file and renaming it (for tests). */
	public AtomicFileWriter(BeforeRename beforeRename) {
		this(beforeRename, LOCK_TIMEOUT);
	}

	/** A writer that waits at most {@code lockTimeout} for the lock (for tests). */
	AtomicFileWriter(BeforeRename beforeRename, Duration lockTimeout) {
		this.beforeRename = beforeRename;
		this.lockTimeout = lockTimeout;
	}

	/**
	 * Replaces the file's content by {@code update(current)}, all under the lock.
	 * {@code current} is {@code null} when the file does not exist. Creates the folder
	 * (mode 0700) when missing.
	 * @throws IOException when the file could not be written; the original is then intact
	 */
	public void update(Path file, UnaryOperator<byte[]> update) throws IOException {
		Uninterruptibly.run(() -> {
			Path target = resolveLinks(file);
			Path folder = target.toAbsolutePath().getParent();
			OwnerOnlyFiles.folder(folder);
			try (Held lock = lock(target, folder)) {
				byte[] current = readRegular(target);
				byte[] next = update.apply(current);
				replace(target, folder, next);
			}
		});
	}

	/**
	 * Cleans up after a writer that died between writing its temp file and renaming it
	 * ({@code kill -9}, a power cut): under the lock, a leftover temp file next to
	 * {@code file} whose content is the file's is deleted, and any other one is first
	 * copied into a rescue file (it may hold a secret that exists nowhere else; an empty
	 * one holds nothing). Cheap when there is nothing to do: one listing of the folder,
	 * no lock.
	 * @return what became of each leftover, in name order
	 */
	public List<Leftover> recoverLeftovers(Path file, SecretRescue rescue) throws IOException {
		return Uninterruptibly.call(() -> {
			Path target = resolveLinks(file);
			Path folder = target.toAbsolutePath().getParent();
			if (folder == null || leftovers(target, folder).isEmpty()) {
				return List.of();
			}
			try (Held lock = lock(target, folder)) {
				byte[] existing = readRegular(target);
				byte[] current = (existing != null) ? existing : new byte[0];
				List<Leftover> found = new ArrayList<>();
				for (Path temp : leftovers(target, folder)) {
					found.add(recover(temp, target, current, rescue));
				}
				forceFolder(folder);
				return found;
			}
		});
	}

	private static Leftover recover(Path temp, Path target, byte[] current, SecretRescue rescue) throws IOException {
		byte[] content = readRegular(temp);
		if (content == null) {
			throw new NoSuchFileException(temp.toString());
		}
		Path rescued = null;
		if (content.length > 0 && !Arrays.equals(content, current)) {
			rescued = rescue.rescueFile(content, "a copy of " + target
					+ " that an interrupted vcshell wrote but never put in place; it may hold new credentials");
		}
		Files.delete(temp);
		return new Leftover(temp, rescued);
	}

	/**
	 * The bytes of a regular file, or {@code null} when nothing is at the path. What is
	 * there is checked just before the one open, under the lock, without following a link
	 * (a link to the file was resolved before the lock was taken): a FIFO would block the
	 * open until something writes to it, holding the lock, and a device such as
	 * {@code /dev/zero} never ends. At most {@value #MAX_BYTES} bytes are read.
	 * <p>
	 * What is at the path can still be swapped between that check and the open: Java can
	 * neither open with {@code O_NONBLOCK} nor tell what an open channel is. As the open
	 * does not follow a link and the read is bounded, what is left is a FIFO or a
	 * terminal put there in that instant, by a program that may change the folder and
	 * races vcshell on purpose.
	 */
	private static byte @Nullable [] readRegular(Path file) throws IOException {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		}
		catch (NoSuchFileException ex) {
			return null;
		}
		if (!attributes.isRegularFile()) {
			throw new FileSystemException(file.toString(), null, "not a regular file");
		}
		try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
			byte[] bytes = Channels.newInputStream(channel).readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new FileSystemException(file.toString(), null, "larger than 1 MiB");
			}
			return bytes;
		}
		catch (NoSuchFileException ex) {
			return null;
		}
	}

	/** The temp files of this writer next to {@code target}, in name order. */
	private static List<Path> leftovers(Path target, Path folder) throws IOException {
		String prefix = "." + target.getFileName() + ".";
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((path) -> {
				String name = path.getFileName().toString();
				return name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX) && Files.isRegularFile(path);
			}).sorted().toList();
		}
		catch (NoSuchFileException ex) {
			return List.of();
		}
	}

	/**
	 * Takes the OS lock on {@code <name>.lock}; closing the lock closes its channel.
	 */
	private Held lock(Path target, Path folder) throws IOException {
		Path lockFile = folder.resolve(target.getFileName() + ".lock");
		FileChannel channel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
				OwnerOnlyFiles.fileAttributes());
		try {
			return new Held(channel, acquire(channel, lockFile));
		}
		catch (IOException | RuntimeException ex) {
			channel.close();
			throw ex;
		}
	}

	private void replace(Path target, Path folder, byte[] content) throws IOException {
		Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", TEMP_SUFFIX,
				OwnerOnlyFiles.fileAttributes());
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.READ,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				OwnerOnlyFiles.write(channel, content);
				channel.force(true);
				OwnerOnlyFiles.checkReadBack(channel, content, temp);
			}
			OwnerOnlyFiles.restrict(temp);
			this.beforeRename.run(temp);
			move(temp, target);
			forceFolder(folder);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Waits for the OS lock; within this JVM another channel may hold it, so retry. */
	private FileLock acquire(FileChannel channel, Path lockFile) throws IOException {
		long deadline = System.nanoTime() + this.lockTimeout.toNanos();
		while (true) {
			try {
				FileLock lock = channel.tryLock();
				if (lock != null) {
					return lock;
				}
			}
			catch (OverlappingFileLockException ex) {
				// held by another writer in this JVM: wait like for another process
			}
			if (System.nanoTime() > deadline) {
				throw new IOException("timed out after " + this.lockTimeout.toSeconds() + " s waiting for the lock "
						+ lockFile + " (another vcshell, or another program, is writing the file)");
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while waiting for the lock " + lockFile);
			}
		}
	}

	/**
	 * Writes through a symbolic link (dotfile managers) instead of replacing the link.
	 */
	private static Path resolveLinks(Path file) throws IOException {
		return Files.isSymbolicLink(file) ? file.toRealPath() : file;
	}

	/** Makes the rename durable; not every file system lets a folder be opened. */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException ex) {
			// best effort (Windows cannot open a folder)
		}
	}

	/** A lock and the channel it was taken on: closing releases both. */
	private record Held(FileChannel channel, FileLock lock) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			try {
				this.lock.release();
			}
			finally {
				this.channel.close();
			}
		}

	}

	/**
	 * What became of a leftover temp file: deleted, after a copy into a rescue file when
	 * it was not the same as the file.
	 *
	 * @param temp the temp file (gone now)
	 * @param rescuedTo the rescue file holding its content, or {@code null} when it held
	 * nothing new
	 */
	public record Leftover(Path temp, @Nullable Path rescuedTo) {
	}

	/** The seam between the temp write and the rename. */
	@FunctionalInterface
	public interface BeforeRename {

		void run(Path temp) throws IOException;

	}

}
