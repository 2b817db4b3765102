package com.vcshell.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read (mode 0600) in folders only their owner may enter (mode
 * 0700): the one place that knows these modes and whether the file system has them. Used
 * for the credentials file, new credentials files, rescue files, the audit log, the
 * history and the demo's temporary folder. Where the file system has no POSIX modes
 * (Windows), files are written with the platform's defaults.
 */
public final class OwnerOnlyFiles {

	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	private OwnerOnlyFiles() {
	}

	/** Whether the default file system has POSIX modes. */
	public static boolean isPosix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	/** Creates the folder (and its parents) with mode 0700 when it is missing. */
	public static void folder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			Files.createDirectories(folder, attributes(FOLDER));
		}
	}

	/** A new temporary folder of mode 0700. */
	public static Path temporaryFolder(String prefix) throws IOException {
		return Files.createTempDirectory(prefix, attributes(FOLDER));
	}

	/**
	 * Makes sure the file exists with mode 0600: creates it empty (mode 0600 from the
	 * moment it exists, in a 0700 folder when the folder is missing), or narrows an
	 * existing file to 0600.
	 */
	public static void ensureFile(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			folder(parent);
		}
		try {
			Files.createFile(file, fileAttributes());
		}
		catch (FileAlreadyExistsException ex) {
			restrict(file);
		}
	}

	/**
	 * Writes a file that must not exist yet, mode 0600 from the moment it exists, forced
	 * to disk and read back. A write that fails half-way (a full disk, a file size limit)
	 * leaves no file behind: an empty or cut file must never look like a saved secret.
	 * Done {@link Uninterruptibly}.
	 * @throws FileAlreadyExistsException when it exists: it is never overwritten
	 */
	public static void createNew(Path file, String text) throws IOException {
		createNew(file, text.getBytes(StandardCharsets.UTF_8));
	}

	/** As {@link #createNew(Path, String)}, with bytes. */
	public static void createNew(Path file, byte[] content) throws IOException {
		Uninterruptibly.run(() -> {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				folder(parent);
			}
			FileChannel channel = FileChannel.open(file,
					Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ),
					fileAttributes());
			boolean written = false;
			try (channel) {
				write(channel, content);
				channel.force(true);
				checkReadBack(channel, content, file);
				written = true;
			}
			finally {
				if (!written) {
					Files.deleteIfExists(file);
				}
			}
		});
	}

	/**
	 * Reads the channel's content from the start and compares it with what was written.
	 * @throws IOException when it differs
	 */
	static void checkReadBack(FileChannel channel, byte[] expected, Path file) throws IOException {
		if (channel.size() != expected.length) {
			throw new IOException(file + " holds " + channel.size() + " bytes after writing " + expected.length);
		}
		ByteBuffer actual = ByteBuffer.allocate(expected.length);
		channel.position(0);
		while (actual.hasRemaining() && channel.read(actual) >= 0) {
			// reads until full
		}
		if (!actual.flip().equals(ByteBuffer.wrap(expected))) {
			throw new IOException(file + " does not read back as written");
		}
	}

	/** Sets mode 0600 (on a file created before with a wider mode). */
	public static void restrict(Path file) throws IOException {
		if (isPosix()) {
			Files.setPosixFilePermissions(file, FILE);
		}
	}

	/** Whether group or others may read the file (it exists and has POSIX modes). */
	public static boolean readableByOthers(Path file) throws IOException {
		if (!isPosix() || !Files.exists(file)) {
			return false;
		}
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
		return permissions.contains(PosixFilePermission.GROUP_READ)
				|| permissions.contains(PosixFilePermission.OTHERS_READ);
	}

	/** The attributes that create a file with mode 0600. */
	static FileAttribute<?>[] fileAttributes() {
		return attributes(FILE);
	}

	static void write(FileChannel channel, String text) throws IOException {
		write(channel, text.getBytes(StandardCharsets.UTF_8));
	}

	static void write(FileChannel channel, byte[] content) throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(content);
		while (buffer.hasRemaining()) {
			channel.write(buffer);
		}
	}

	private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
		return isPosix() ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(permissions) }
				: new FileAttribute<?>[0];
	}

}
