package com.vcshell.admin.check;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of {@code profile check}: one {@link KeyCheck} per profile, in the order of
 * the credentials file (or as named).
 *
 * @param checks the profiles' checks
 */
public record CheckReport(List<KeyCheck> checks) {

	public CheckReport {
		checks = List.copyOf(checks);
	}

	/** Whether every checked profile is {@code valid}. */
	public boolean allValid() {
		return this.checks.stream().allMatch(KeyCheck::valid);
	}

	/** The worst status of all ({@code valid} when there is none). */
	public KeyStatus worst() {
		return this.checks.stream().map(KeyCheck::status).reduce(KeyStatus.VALID, KeyStatus::worse);
	}

	/**
	 * The exception that makes a check with a profile that is not valid fail, after it is
	 * printed: how many, which, and the worst status, which decides the exit code.
	 */
	public ProfileCheckException failure() {
		List<KeyCheck> bad = this.checks.stream().filter((check) -> !check.valid()).toList();
		String which = bad.stream()
			.map((check) -> "[" + check.profile() + "] " + check.status().label())
			.collect(Collectors.joining(", "));
		String noun = (this.checks.size() == 1) ? "profile" : "profiles";
		return new ProfileCheckException(worst(),
				bad.size() + " of " + this.checks.size() + " " + noun + " not valid: " + which);
	}

}
