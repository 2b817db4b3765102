package com.vcshell.output;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Map;

/**
 * Where results (out) and diagnostics (err) go, and whether colour is wanted. The one
 * place in main code that touches {@code System.out} and {@code System.err}.
 *
 * @param out results
 * @param err diagnostics: errors, warnings, progress, summaries
 * @param terminal whether stdout is an interactive terminal
 * @param colour whether ANSI colour may be written to out
 * @param rawOut the bytes under {@code out}, for a write that must know whether it
 * arrived (a {@code PrintWriter}, like {@code System.out}, swallows errors); {@code null}
 * when there is none
 * @param rawErr the same under {@code err}
 */
public record Streams(PrintWriter out, PrintWriter err, boolean terminal, boolean colour, OutputStream rawOut,
		OutputStream rawErr) {

	/**
	 * Streams without raw access: a checked write falls back to the writer's error flag.
	 */
	public Streams(PrintWriter out, PrintWriter err, boolean terminal, boolean colour) {
		this(out, err, terminal, colour, null, null);
	}

	/**
	 * The process's standard streams. Colour only on a terminal, and never with
	 * {@code --no-color} or {@code NO_COLOR} set.
	 */
	public static Streams system(Map<String, String> env, boolean noColor) {
		boolean terminal = System.console() != null;
		return new Streams(writer(System.out), writer(System.err), terminal, colourWanted(env, noColor, terminal),
				new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
	}

	/** Streams over the given outputs, as a test or an embedding program sees them. */
	public static Streams of(OutputStream out, OutputStream err) {
		return new Streams(writer(out), writer(err), false, false, out, err);
	}

	static boolean colourWanted(Map<String, String> env, boolean noColor, boolean terminal) {
		return terminal && !noColor && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
	}

	private static PrintWriter writer(OutputStream stream) {
		return new PrintWriter(new OutputStreamWriter(stream, Charset.defaultCharset()), true);
	}

}
