package com.vcshell;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;

import com.vcshell.output.Streams;
import com.vcshell.profile.UserEnvironment;

/**
 * Runs the whole application in this JVM as a user would from the command line, with its
 * own environment, and captures its exit code, stdout and stderr.
 */
public final class Vcshell {

	private final Map<String, String> env = new HashMap<>();

	private Vcshell() {
	}

	/** A run with only these variables in its environment. */
	public static Vcshell withEnv(Map<String, String> variables) {
		Vcshell vcshell = new Vcshell();
		vcshell.env.putAll(variables);
		return vcshell;
	}

	public Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Streams streams = Streams.of(out, err);
		int code = VcshellApplication.run(args, UserEnvironment.of(this.env), streams);
		streams.out().flush();
		streams.err().flush();
		return new Result(code, out.toString(Charset.defaultCharset()), err.toString(Charset.defaultCharset()));
	}

	/** What a run left behind. */
	public record Result(int exitCode, String out, String err) {
	}

}
