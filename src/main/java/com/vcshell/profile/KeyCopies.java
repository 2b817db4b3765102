package com.vcshell.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.Region;
import com.vcshell.profile.CredentialsFile.Entry;
import com.vcshell.profile.CredentialsFile.Section;

/**
 * The profiles of a credentials file that hold one key, and the file with a new pair in
 * them: only their key id and secret values change.
 */
final class KeyCopies {

	private KeyCopies() {
	}

	/**
	 * The profiles whose key id is the api id (any case, any region prefix); a section
	 * whose name vcshell never uses ({@link ProfileNames#problem}) is left out, as it is
	 * everywhere.
	 */
	static List<String> holding(CredentialsFile file, String apiId) {
		return file.sections()
			.stream()
			.filter((section) -> ProfileNames.problem(section.name()) == null)
			.filter((section) -> section.entry(CredentialsFile.KEY_ID)
				.filter((entry) -> bare(entry.value()).equalsIgnoreCase(apiId))
				.isPresent())
			.map(Section::name)
			.toList();
	}

	/**
	 * The text with the new pair in each of these profiles; a region prefix a profile's
	 * values had is kept when the new ones have none.
	 */
	static String withNewPair(CredentialsFile file, List<String> profiles, ApiCredentials pair) {
		CredentialsFile current = file;
		String text = file.text();
		for (String profile : profiles) {
			Section section = current.section(profile).orElseThrow();
			Map<String, String> values = new LinkedHashMap<>();
			values.put(CredentialsFile.KEY_ID,
					Region.keepPrefix(old(section, CredentialsFile.KEY_ID), pair.idAsIssued()));
			values.put(CredentialsFile.KEY_SECRET,
					Region.keepPrefix(old(section, CredentialsFile.KEY_SECRET), pair.secretAsIssued()));
			text = CredentialsFileEditor.withValues(current, profile, values);
			current = CredentialsFile.parse(file.path(), text);
		}
		return text;
	}

	private static String old(Section section, String key) {
		return section.entry(key).map(Entry::value).orElse("");
	}

	private static String bare(String value) {
		return value.substring(value.lastIndexOf('-') + 1);
	}

}
