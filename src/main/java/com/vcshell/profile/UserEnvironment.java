package com.vcshell.profile;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;

/**
 * The process environment as vcshell sees it: environment variables and the home folder.
 * Injected everywhere instead of reading {@code System.getenv}, so tests can give their
 * own.
 *
 * @param variables the environment variables
 * @param userHome the JVM's {@code user.home}, used only when {@code HOME} is unset
 */
public record UserEnvironment(Map<String, String> variables, Path userHome) {

	public UserEnvironment {
		variables = Map.copyOf(variables);
	}

	/** An environment with these variables and {@code $HOME} as home. */
	public static UserEnvironment of(Map<String, String> variables) {
		return new UserEnvironment(variables, Path.of(System.getProperty("user.home")));
	}

	public String get(String name) {
		String value = this.variables.get(name);
		return (value == null || value.isEmpty()) ? null : value;
	}

	/** {@code ~}: {@code $HOME} when set, as for Veracode's tools and every Unix CLI. */
	public Path home() {
		String home = get("HOME");
		return (home != null) ? Path.of(home) : this.userHome;
	}

	/**
	 * The names of the variables only: their values may be secrets
	 * ({@code VERACODE_API_KEY_SECRET}).
	 */
	@Override
	public String toString() {
		return "UserEnvironment[variables=" + new TreeSet<>(this.variables.keySet()) + ", userHome=" + this.userHome
				+ "]";
	}

	/** {@code ~/.vcshell}, or {@code $VCSHELL_HOME}: history, audit log, rescue files. */
	public Path vcshellHome() {
		String custom = get("VCSHELL_HOME");
		return (custom != null) ? Path.of(custom) : home().resolve(".vcshell");
	}

}
