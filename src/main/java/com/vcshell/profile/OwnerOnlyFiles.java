package com.vcshell.profile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read (mode 0600) in folders only their owner may enter (mode
 * 0700): new credentials files, rescue files and the audit log.
 */
final class OwnerOnlyFiles {

	static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	private OwnerOnlyFiles() {
	}

	/** Creates the folder (and its parents) with mode 0700 when it is missing. */
	static void folder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			Files.createDirectories(folder, attributes(FOLDER));
		}
	}

	/**
	 * Writes a file that must not exist yet, mode 0600 from the moment it exists, forced
	 * to disk.
	 * @throws FileAlreadyExistsException when it exists: it is never overwritten
	 */
	static void createNew(Path file, String text) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			folder(parent);
		}
		try (FileChannel channel = FileChannel.open(file,
				Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes(FILE))) {
			write(channel, text);
			channel.force(true);
		}
	}

	static void write(FileChannel channel, String text) throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
		while (buffer.hasRemaining()) {
			channel.write(buffer);
		}
	}

	/** Sets mode 0600 (a file created before with a wider mode). */
	static void restrict(Path file) throws IOException {
		if (AtomicFileWriter.isPosix()) {
			Files.setPosixFilePermissions(file, FILE);
		}
	}

	static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
		return AtomicFileWriter.isPosix() ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(permissions) }
				: new FileAttribute<?>[0];
	}

}
