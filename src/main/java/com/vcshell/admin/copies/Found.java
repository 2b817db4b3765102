package com.vcshell.admin.copies;

import java.util.List;

import com.vcshell.auth.Masking;

/**
 * The local copies of a key, found before a rotation.
 *
 * @param oldApiId the api id they hold
 * @param copies the places to update
 * @param notes what could not be looked at or will not be updated (a file that cannot be
 * read, one that mentions the key in a form vcshell does not edit): reported after the
 * rotation
 */
public record Found(String oldApiId, List<LocalCopy> copies, List<String> notes) {

	public Found {
		copies = List.copyOf(copies);
		notes = List.copyOf(notes);
	}

	/** No copies of this key. */
	public static Found none(String oldApiId) {
		return new Found(oldApiId, List.of(), List.of());
	}

	/** Whether there is nothing to update or report. */
	public boolean isEmpty() {
		return this.copies.isEmpty() && this.notes.isEmpty();
	}

	/** Every place, as a message lists them. */
	public List<String> places() {
		return this.copies.stream().map(LocalCopy::place).toList();
	}

	/**
	 * The words a confirmation question adds: {@code " and update the other copy of the
	 * old key ****1234: profile [ci] in …"}; empty when there is none.
	 */
	public String confirmationSuffix() {
		if (this.copies.isEmpty()) {
			return "";
		}
		String what = (this.copies.size() == 1) ? "the other copy" : "the " + this.copies.size() + " other copies";
		return " and update " + what + " of the old key " + Masking.mask(this.oldApiId) + ": "
				+ String.join(", ", places());
	}

}
