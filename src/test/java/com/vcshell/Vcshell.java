package com.vcshell;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vcshell.output.Streams;
import com.vcshell.profile.UserEnvironment;

/**
 * Runs the whole application in this JVM as a user would from the command line, with its
 * own environment, and captures its exit code, stdout and stderr.
 */
public final class Vcshell {

	private final Map<String, String> env = new HashMap<>();

	private final List<String> leading = new ArrayList<>();

	private Vcshell() {
	}

	/** A run with only these variables in its environment. */
	public static Vcshell withEnv(Map<String, String> variables) {
		Vcshell vcshell = new Vcshell();
		vcshell.env.putAll(variables);
		return vcshell;
	}

	/**
	 * A copy that puts {@code args} before every run's own ({@code --credentials-file
	 * FILE}, say); this one is left as it is.
	 */
	public Vcshell withArgs(String... args) {
		Vcshell vcshell = withEnv(this.env);
		vcshell.leading.addAll(this.leading);
		vcshell.leading.addAll(List.of(args));
		return vcshell;
	}

	public Result run(String... args) {
		List<String> all = new ArrayList<>(this.leading);
		all.addAll(List.of(args));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Streams streams = Streams.of(out, err);
		int code = VcshellApplication.run(all.toArray(String[]::new), UserEnvironment.of(this.env), streams);
		streams.out().flush();
		streams.err().flush();
		return new Result(code, out.toString(Charset.defaultCharset()), err.toString(Charset.defaultCharset()));
	}

	/** What a run left behind. */
	public record Result(int exitCode, String out, String err) {
	}

}
