package com.vcshell.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One entry of the {@link PendingJournal}, locked by this process: the generate in flight
 * that wrote it, or an entry left behind that this process claimed for recovery. Its
 * {@link #toString()} never shows the answer, which holds a secret.
 */
public final class PendingEntry {

	private static final String ANSWER = "answer_base64";

	private final Path file;

	private final FileChannel channel;

	private final FileLock lock;

	private final Map<String, String> context;

	private byte @Nullable [] answer;

	PendingEntry(Path file, FileChannel channel, FileLock lock, Map<String, String> context, byte @Nullable [] answer) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
		this.context = Map.copyOf(context);
		this.answer = answer;
	}

	/** The entry's file. */
	public Path file() {
		return this.file;
	}

	/** What the generate was for, with its {@code time}. */
	public Map<String, String> context() {
		return this.context;
	}

	/** The raw answer, or {@code null} when none was recorded. */
	public byte @Nullable [] answer() {
		return (this.answer != null) ? this.answer.clone() : null;
	}

	/**
	 * Appends the raw answer and forces it to disk ({@code fdatasync}); never throws.
	 * @return whether it is on disk (a full disk, a file size limit: not)
	 */
	public boolean recordAnswer(byte[] raw) {
		try {
			byte[] line = ("{\"" + ANSWER + "\":\"" + Base64.getEncoder().encodeToString(raw) + "\"}\n")
				.getBytes(StandardCharsets.US_ASCII);
			Uninterruptibly.run(() -> {
				OwnerOnlyFiles.write(this.channel, line);
				this.channel.force(false);
			});
			this.answer = raw.clone();
			return true;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/** Deletes the entry (the pair is safe elsewhere now) and lets go of it. */
	public void remove() throws IOException {
		Uninterruptibly.run(() -> {
			try (FileChannel closing = this.channel) {
				Files.deleteIfExists(this.file);
				PendingJournal.forceFolder(this.file.getParent());
				this.lock.release();
			}
		});
	}

	/**
	 * Lets go of the entry and leaves it for the next start to recover; never throws.
	 */
	public void release() {
		try {
			Uninterruptibly.run(this.channel::close);
		}
		catch (IOException ex) {
			// the process lets go of it at exit anyway
		}
	}

	/**
	 * Renames the entry so that it is no longer recovered (its answer cannot be read as a
	 * pair), and lets go of it.
	 * @return the entry's new name
	 */
	public Path keepUnreadable() throws IOException {
		Path kept = this.file.resolveSibling(this.file.getFileName() + PendingJournal.UNREADABLE);
		Uninterruptibly.run(() -> {
			try (FileChannel closing = this.channel) {
				PendingJournal.move(this.file, kept);
				PendingJournal.forceFolder(this.file.getParent());
			}
		});
		return kept;
	}

	@Override
	public String toString() {
		return "PendingEntry[" + this.file + ", answer=" + ((this.answer != null) ? "recorded" : "none") + "]";
	}

	/**
	 * Locks and reads an entry left behind; {@code null} when another process holds it or
	 * it is gone.
	 */
	static @Nullable PendingEntry claim(Path file) throws IOException {
		FileChannel channel;
		try {
			channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
		}
		catch (NoSuchFileException ex) {
			return null;
		}
		boolean claimed = false;
		try {
			FileLock lock = PendingJournal.tryLock(channel);
			if (lock == null || !Files.exists(file)) {
				return null; // in flight elsewhere, or recovered and removed meanwhile
			}
			byte[] content = readAll(channel);
			PendingEntry entry = new PendingEntry(file, channel, lock, context(content), answer(content));
			claimed = true;
			return entry;
		}
		finally {
			if (!claimed) {
				channel.close();
			}
		}
	}

	private static byte[] readAll(FileChannel channel) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(channel.size()));
		channel.position(0);
		while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
			// reads until full
		}
		return buffer.array();
	}

	/** The first line's strings; empty when it is not the JSON expected. */
	private static Map<String, String> context(byte[] content) {
		Map<String, String> context = new LinkedHashMap<>();
		JsonNode line = line(content, 0);
		if (line != null && line.isObject()) {
			line.properties().forEach((field) -> {
				if (field.getValue().isString()) {
					context.put(field.getKey(), field.getValue().asString());
				}
			});
		}
		return context;
	}

	/** The second line's answer; {@code null} when there is none or it was cut. */
	private static byte @Nullable [] answer(byte[] content) {
		int first = indexOf(content, 0);
		JsonNode line = (first >= 0) ? line(content, first + 1) : null;
		JsonNode value = (line != null) ? line.get(ANSWER) : null;
		if (value == null || !value.isString()) {
			return null;
		}
		try {
			return Base64.getDecoder().decode(value.asString());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The complete line (ended by a newline) at {@code start}, as JSON, or null. */
	private static @Nullable JsonNode line(byte[] content, int start) {
		int end = indexOf(content, start);
		if (end < 0) {
			return null;
		}
		try {
			return PendingJournal.Json.MAPPER.readTree(new String(content, start, end - start, StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static int indexOf(byte[] content, int from) {
		for (int i = from; i < content.length; i++) {
			if (content[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

}
