package com.vcshell.admin;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Asks where the secret of {@code generate user} should go when no destination was given
 * (design §2: at a terminal it asks; in a script it stops with a usage error).
 */
public interface DestinationChooser {

	/** Nobody to ask: every {@code generate user} needs its destination given. */
	DestinationChooser NONE = new DestinationChooser() {

		@Override
		public boolean canAsk() {
			return false;
		}

		@Override
		public Optional<Choice> choose() {
			return Optional.empty();
		}

	};

	/** Whether someone can answer. */
	boolean canAsk();

	/**
	 * Asks; empty when the user cancelled. Called only when {@link #canAsk()}.
	 */
	Optional<Choice> choose();

	/**
	 * Where the user said the secret goes: one of the three.
	 *
	 * @param saveAs a profile of the credentials file
	 * @param out a new credentials file
	 * @param reveal on the screen, once
	 */
	record Choice(@Nullable String saveAs, @Nullable String out, boolean reveal) {
	}

}
