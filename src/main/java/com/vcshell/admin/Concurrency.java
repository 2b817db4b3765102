package com.vcshell.admin;

import java.util.Map;

/**
 * How many reads over many accounts (the expiration report, a rotation plan) run at once:
 * {@value #VARIABLE}, 8 by default, from 1 to {@value #MAX}. However many run, they share
 * the API host's rate limit.
 *
 * @param threads the pool size; {@link #INVALID} when {@value #VARIABLE} holds no valid
 * number, and then every command that reads many accounts refuses to start (exit 2),
 * while the others work
 */
public record Concurrency(int threads) {

	/** The environment variable that sets the pool size. */
	public static final String VARIABLE = "VCSHELL_CONCURRENCY";

	public static final int DEFAULT = 8;

	public static final int MAX = 64;

	/** The pool size of a {@value #VARIABLE} that is not valid. */
	public static final int INVALID = 0;

	/** The default, or what {@value #VARIABLE} says. Never throws. */
	public static Concurrency fromEnvironment(Map<String, String> environment) {
		String value = environment.get(VARIABLE);
		if (value == null || value.isBlank()) {
			return new Concurrency(DEFAULT);
		}
		String digits = value.strip();
		if (digits.length() <= 2 && digits.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			int threads = Integer.parseInt(digits);
			if (threads >= 1 && threads <= MAX) {
				return new Concurrency(threads);
			}
		}
		return new Concurrency(INVALID);
	}

	/**
	 * The pool size.
	 * @throws UsageException when {@value #VARIABLE} was not valid
	 */
	int require() {
		if (this.threads < 1) {
			throw new UsageException(VARIABLE + " must be a whole number of reads at once from 1 to " + MAX
					+ " (the default is " + DEFAULT + ")");
		}
		return this.threads;
	}

}
