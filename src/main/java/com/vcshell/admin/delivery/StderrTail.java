package com.vcshell.admin.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Reads a process's stderr to its end on a thread of its own, keeping only the last
 * non-blank line (its first 1,000 characters), so a chatty command neither blocks on a
 * full pipe nor fills the memory.
 */
final class StderrTail implements Runnable {

	private static final int KEPT = 1000;

	private final InputStream stream;

	private final StringBuilder current = new StringBuilder();

	private @Nullable String last;

	private boolean ended;

	private StderrTail(InputStream stream) {
		this.stream = stream;
	}

	/** Starts reading at once. */
	static StderrTail start(InputStream stream, String name) {
		StderrTail tail = new StderrTail(stream);
		Thread thread = new Thread(tail, name);
		thread.setDaemon(true);
		thread.start();
		return tail;
	}

	@Override
	public void run() {
		try (Reader reader = new InputStreamReader(this.stream, StandardCharsets.UTF_8)) {
			int c;
			while ((c = reader.read()) != -1) {
				accept((char) c);
			}
		}
		catch (IOException ex) {
			// the process is gone: keep what was read
		}
		synchronized (this) {
			endLine();
			this.ended = true;
			notifyAll();
		}
	}

	private synchronized void accept(char c) {
		if (c == '\n' || c == '\r') {
			endLine();
		}
		else if (this.current.length() < KEPT) {
			this.current.append(c);
		}
	}

	private void endLine() {
		if (!this.current.toString().isBlank()) {
			this.last = this.current.toString();
		}
		this.current.setLength(0);
	}

	/**
	 * The last non-blank line, once the stream has ended or the wait is over (a child
	 * process that outlived its parent may hold the stream open).
	 */
	synchronized @Nullable String last(long waitMillis) {
		long deadline = System.nanoTime() + waitMillis * 1_000_000;
		boolean interrupted = false;
		while (!this.ended && System.nanoTime() < deadline) {
			try {
				wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		return this.current.toString().isBlank() ? this.last : this.current.toString();
	}

}
