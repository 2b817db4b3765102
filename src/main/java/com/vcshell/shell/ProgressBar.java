package com.vcshell.shell;

import java.io.PrintWriter;

import com.vcshell.admin.ProgressListener;
import com.vcshell.output.Streams;

/**
 * A one-line progress bar on stderr, redrawn in place with {@code \r} and erased when
 * done. Drawn only at a terminal: in pipes and files it writes nothing at all.
 */
final class ProgressBar implements ProgressListener {

	private static final int WIDTH = 30;

	private final PrintWriter err;

	private final boolean enabled;

	private final String label;

	private int total;

	private int done;

	private int drawnLength;

	ProgressBar(PrintWriter err, boolean enabled, String label) {
		this.err = err;
		this.enabled = enabled;
		this.label = label;
	}

	/** A bar on the session's stderr, drawn only when it is a terminal. */
	static ProgressBar on(Streams streams, String label) {
		return new ProgressBar(streams.err(), streams.terminal(), label);
	}

	@Override
	public void start(int total) {
		this.total = total;
		this.done = 0;
		draw();
	}

	@Override
	public void step() {
		this.done++;
		draw();
	}

	/** Erases the bar, leaving the cursor at the start of an empty line. */
	@Override
	public void finish() {
		if (this.enabled && this.drawnLength > 0) {
			this.err.print("\r" + " ".repeat(this.drawnLength) + "\r");
			this.err.flush();
			this.drawnLength = 0;
		}
	}

	private void draw() {
		if (!this.enabled || this.total <= 0) {
			return;
		}
		int filled = (int) ((long) WIDTH * this.done / this.total);
		String line = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + this.done + "/" + this.total + " "
				+ this.label;
		this.err.print("\r" + line);
		this.err.flush();
		this.drawnLength = line.length();
	}

}
