package com.vcshell.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Replaces a file's content safely: under an OS lock on a sibling {@code <name>.lock}
 * file (so two processes never lose each other's writes), it reads the current bytes,
 * writes the new ones to a temp file in the same folder, forces them to disk, and renames
 * the temp file over the original atomically. The result has mode 0600. A crash at any
 * point leaves either the old file or the new one, never a mix.
 */
public final class AtomicFileWriter {

	private static final long LOCK_TIMEOUT_MILLIS = 30_000;

	private final BeforeRename beforeRename;

	public AtomicFileWriter() {
		this((temp) -> {
		});
	}

	/** A writer with a seam between writing the temp file and renaming it (for tests). */
	public AtomicFileWriter(BeforeRename beforeRename) {
		this.beforeRename = beforeRename;
	}

	/**
	 * Replaces the file's content by {@code update(current)}, all under the lock.
	 * {@code current} is {@code null} when the file does not exist. Creates the folder
	 * (mode 0700) when missing.
	 * @throws IOException when the file could not be written; the original is then intact
	 */
	public void update(Path file, UnaryOperator<byte[]> update) throws IOException {
		Path target = resolveLinks(file);
		Path folder = target.toAbsolutePath().getParent();
		OwnerOnlyFiles.folder(folder);
		Path lockFile = folder.resolve(target.getFileName() + ".lock");
		try (FileChannel lockChannel = FileChannel.open(lockFile,
				Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), OwnerOnlyFiles.fileAttributes());
				FileLock lock = acquire(lockChannel, lockFile)) {
			byte[] current = Files.exists(target) ? Files.readAllBytes(target) : null;
			byte[] next = update.apply(current);
			replace(target, folder, next);
		}
	}

	private void replace(Path target, Path folder, byte[] content) throws IOException {
		Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp",
				OwnerOnlyFiles.fileAttributes());
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
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
	private static FileLock acquire(FileChannel channel, Path lockFile) throws IOException {
		long deadline = System.nanoTime() + LOCK_TIMEOUT_MILLIS * 1_000_000;
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
				throw new IOException("timed out waiting for the lock " + lockFile + " (another vcshell is writing)");
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

	/** The seam between the temp write and the rename. */
	@FunctionalInterface
	public interface BeforeRename {

		void run(Path temp) throws IOException;

	}

}
