package com.vcshell.admin.copies;

import java.util.ArrayList;
import java.util.List;

/**
 * What became of the local copies of a replaced key.
 *
 * @param updated the places that now hold the new pair
 * @param notUpdated why each other place still holds the old key, one line each (the
 * caller shows them as warnings)
 */
public record CopiesReport(List<String> updated, List<String> notUpdated) {

	/** No copies. */
	public static final CopiesReport NONE = new CopiesReport(List.of(), List.of());

	public CopiesReport {
		updated = List.copyOf(updated);
		notUpdated = List.copyOf(notUpdated);
	}

	/** None of the copies was updated, for this reason; the notes are kept. */
	public static CopiesReport notUpdated(Found found, String why) {
		List<String> lines = new ArrayList<>();
		found.places().forEach((place) -> lines.add(place + " still holds the old key: " + why));
		lines.addAll(found.notes());
		return new CopiesReport(List.of(), lines);
	}

}
