package com.vcshell.admin.rotation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import com.vcshell.admin.UsageException;

/**
 * Checks an {@code --out} file before the request that generates the secret it will hold
 * (design §1): a bad destination found only after the POST costs a rescue file and exit
 * 7. The name must be a file name the file system takes (no NUL, not {@code .} or
 * {@code ..}, at most 255 bytes, the whole path under 4,096 bytes, not ending in
 * {@code /}); its folder must exist (it is never created), be a folder and be writable;
 * and nothing may be at the path yet, not even a dangling link (the file is never
 * overwritten). {@code ~/} is the user's home.
 */
final class NewFilePath {

	/** The longest file name Linux, macOS and Windows file systems take, in bytes. */
	static final int MAX_NAME_BYTES = 255;

	/** Linux's PATH_MAX, with room for its NUL. */
	static final int MAX_PATH_BYTES = 4095;

	private NewFilePath() {
	}

	/**
	 * The path to create.
	 * @throws UsageException saying what is wrong with it
	 */
	static Path check(String given, Path home) {
		if (given.isBlank()) {
			throw new UsageException("--out needs a file name, not an empty one");
		}
		if (given.indexOf('\0') >= 0) {
			throw new UsageException("--out: a file name cannot hold a NUL character");
		}
		if (given.endsWith("/") || given.endsWith(java.io.File.separator)) {
			throw new UsageException("--out " + given + " names a folder: give the name of a new file in it");
		}
		Path file = path(given, home);
		String name = (file.getFileName() != null) ? file.getFileName().toString() : "";
		if (name.isEmpty() || name.equals(".") || name.equals("..") || given.equals("~")) {
			throw new UsageException("--out " + given + " names no file: give the name of a new file");
		}
		requireShortEnough(name, file);
		requireWritableFolder(file);
		if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new UsageException(
					"--out " + file + " already exists; it is never overwritten: choose a new file name");
		}
		return file;
	}

	private static Path path(String given, Path home) {
		try {
			return given.startsWith("~/") ? home.resolve(given.substring(2)) : Path.of(given);
		}
		catch (InvalidPathException ex) {
			throw new UsageException("--out " + given + " is not a valid path: " + ex.getReason());
		}
	}

	private static void requireShortEnough(String name, Path file) {
		int nameBytes = name.getBytes(StandardCharsets.UTF_8).length;
		if (nameBytes > MAX_NAME_BYTES) {
			throw new UsageException("--out: the file name is " + nameBytes + " bytes long; file systems take at most "
					+ MAX_NAME_BYTES);
		}
		int pathBytes = file.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8).length;
		if (pathBytes > MAX_PATH_BYTES) {
			throw new UsageException(
					"--out: the path is " + pathBytes + " bytes long; the system takes at most " + MAX_PATH_BYTES);
		}
	}

	private static void requireWritableFolder(Path file) {
		Path folder = file.toAbsolutePath().getParent();
		if (!Files.exists(folder)) {
			throw new UsageException("--out: the folder " + folder + " does not exist (vcshell does not create it)");
		}
		if (!Files.isDirectory(folder)) {
			throw new UsageException("--out: " + folder + " is not a folder");
		}
		if (!Files.isWritable(folder)) {
			throw new UsageException("--out: the folder " + folder + " is not writable");
		}
	}

}
