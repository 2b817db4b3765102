package com.vcshell.output;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.vcshell.auth.Masking;

/**
 * A value a command shows in full, past the masking every other printed value gets
 * ({@link Neutralise}): an api id where design §2 shows it in full (the result of a
 * generate, a revoke, an expiry read), or a new secret the user asked to see with
 * {@code --reveal}. Put it in a {@link Table} cell or a JSON value; anywhere else
 * ({@code toString}, string concatenation) it is masked.
 */
public final class Unmasked {

	private final String text;

	private Unmasked(String text) {
		this.text = text;
	}

	/**
	 * An api id shown in full, as the result of an operation; {@code null} stays null.
	 */
	public static @Nullable Unmasked apiId(@Nullable String apiId) {
		return (apiId != null) ? new Unmasked(apiId) : null;
	}

	/** A secret shown in full because the user asked, once, with {@code --reveal}. */
	public static Unmasked revealed(String secret) {
		return new Unmasked(Objects.requireNonNull(secret));
	}

	/** The value in full, for the renderers. */
	String text() {
		return this.text;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Unmasked unmasked && this.text.equals(unmasked.text);
	}

	@Override
	public int hashCode() {
		return this.text.hashCode();
	}

	/** Masked: only the renderers show the value in full. */
	@Override
	public String toString() {
		return Masking.mask(this.text);
	}

}
