package com.vcshell.shell.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.jline.reader.LineReader;
import org.jline.reader.impl.history.DefaultHistory;

import org.springframework.stereotype.Component;

import com.vcshell.auth.Masking;
import com.vcshell.vault.OwnerOnlyFiles;
import com.vcshell.vault.VcshellHome;

/**
 * The command history (design §4): {@code ~/.vcshell/history} ({@code $VCSHELL_HOME}
 * moves it), mode 0600, at most {@value #MAX_LINES} lines in memory and in the file. A
 * line holding anything secret-like (a hex run of 32 or more characters, or
 * {@code vera01}) is never kept, neither in memory nor in the file. Only the interactive
 * shell writes the file ({@link #persist}); scripts and one-shot commands leave it alone.
 * <p>
 * As JLine's {@code History} bean it replaces Spring Shell's, which keeps every line
 * unfiltered and, when enabled, writes them to {@code <app>.log} in the working
 * directory. Not a bug workaround: design §4's rules for the history need it.
 */
@Component
public class ShellHistory extends DefaultHistory {

	static final int MAX_LINES = 1000;

	private final Path file;

	/** Set once the interactive shell starts: only then is the file written. */
	private volatile boolean persistent;

	public ShellHistory(VcshellHome home) {
		this.file = home.resolve("history");
	}

	/** Whether a line looks as if it holds a secret or a key, and so is never kept. */
	public static boolean isSecretLike(String line) {
		return Masking.looksSecret(line);
	}

	public Path file() {
		return this.file;
	}

	/**
	 * Keeps the history of this (interactive) session in the file: creates it 0600 in a
	 * 0700 folder when missing, removes any secret-like line an older file holds, bounds
	 * the reader's history and loads the file.
	 */
	public void persist(LineReader reader) throws IOException {
		reader.setVariable(LineReader.HISTORY_SIZE, MAX_LINES);
		reader.setVariable(LineReader.HISTORY_FILE_SIZE, MAX_LINES);
		OwnerOnlyFiles.ensureFile(this.file);
		scrub();
		reader.setVariable(LineReader.HISTORY_FILE, this.file);
		attach(reader);
		load();
		this.persistent = true;
	}

	@Override
	public void add(Instant time, String line) {
		if (!isSecretLike(line)) {
			super.add(time, line);
		}
	}

	/** Every way into memory (typed lines, loaded lines) passes here. */
	@Override
	protected void internalAdd(Instant time, String line, boolean checkDuplicates) {
		if (!isSecretLike(line)) {
			super.internalAdd(time, line, checkDuplicates);
		}
	}

	/** Saves new lines, keeps the file within its bound and private. */
	@Override
	public void save() throws IOException {
		super.save();
		if (!this.persistent || !Files.exists(this.file)) {
			return;
		}
		if (lineCount(this.file) > MAX_LINES) {
			trimHistory(this.file, MAX_LINES);
		}
		OwnerOnlyFiles.restrict(this.file);
	}

	/** Rewrites the file without its secret-like lines, if it has any. */
	private void scrub() throws IOException {
		List<String> lines = Files.readAllLines(this.file, StandardCharsets.UTF_8);
		List<String> kept = lines.stream().filter(line -> !isSecretLike(line)).toList();
		if (kept.size() == lines.size()) {
			return;
		}
		Path temp = Files.createTempFile(this.file.toAbsolutePath().getParent(), "history", ".tmp");
		Files.write(temp, kept, StandardCharsets.UTF_8);
		OwnerOnlyFiles.restrict(temp);
		Files.move(temp, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static long lineCount(Path path) throws IOException {
		try (Stream<String> lines = Files.lines(path, StandardCharsets.UTF_8)) {
			return lines.count();
		}
	}

}
