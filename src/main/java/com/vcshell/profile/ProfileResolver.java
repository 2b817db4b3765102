package com.vcshell.profile;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vcshell.profile.CredentialsFile.Section;

/**
 * Chooses the profile, first match wins: {@code --profile}; the
 * {@code VERACODE_API_KEY_ID} + {@code VERACODE_API_KEY_SECRET} pair (profile
 * {@code env}); {@code VERACODE_API_PROFILE}; {@code [default]}. Failures name every
 * place searched and say what to do next.
 */
final class ProfileResolver {

	static final String ENV_PROFILE = "VERACODE_API_PROFILE";

	static final String DEFAULT = "default";

	private final CredentialsStore store;

	private final UserEnvironment environment;

	private final ProfileSettings settings;

	ProfileResolver(CredentialsStore store, UserEnvironment environment, ProfileSettings settings) {
		this.store = store;
		this.environment = environment;
		this.settings = settings;
	}

	/** The profile the session starts on. Warnings are added to {@code warnings}. */
	Profile initial(List<String> warnings) {
		if (this.settings.profileOverride() != null) {
			return named(this.settings.profileOverride(), "--profile", warnings);
		}
		Optional<Profile> fromEnvironment = environmentProfile(warnings);
		if (fromEnvironment.isPresent()) {
			String shadowed = Optional.ofNullable(this.environment.get(ENV_PROFILE)).orElse(DEFAULT);
			warnIfShadowed(shadowed, warnings);
			return fromEnvironment.get();
		}
		String chosen = this.environment.get(ENV_PROFILE);
		if (chosen != null) {
			return named(chosen, ENV_PROFILE, warnings);
		}
		CredentialsFile file = this.store.read();
		return file.section(DEFAULT)
			.map(section -> read(file, section))
			.orElseThrow(() -> new ProfileException(nothingFound(file)));
	}

	/**
	 * The profile of that name: {@code env} is the environment pair when it is set,
	 * anything else a section of the file.
	 * @param how what chose the name, for messages ({@code --profile},
	 * {@code profile use})
	 */
	Profile named(String name, String how, List<String> warnings) {
		ProfileNames.requireUsable(name, how);
		if (name.equals(Profile.ENVIRONMENT_NAME)) {
			Optional<Profile> fromEnvironment = environmentProfile(warnings);
			if (fromEnvironment.isPresent()) {
				warnIfShadowed(name, warnings);
				return fromEnvironment.get();
			}
		}
		CredentialsFile file = this.store.read();
		return file.section(name)
			.map(section -> read(file, section))
			.orElseThrow(() -> new ProfileException(unknown(file, name, how)));
	}

	/** The {@code env} profile when both variables are set. */
	Optional<Profile> environmentProfile(List<String> warnings) {
		String id = this.environment.get(ProfileReader.ENV_ID);
		String secret = this.environment.get(ProfileReader.ENV_SECRET);
		if (id == null && secret == null) {
			return Optional.empty();
		}
		if (id == null || secret == null) {
			warnings.add("ignoring " + ((id != null) ? ProfileReader.ENV_ID : ProfileReader.ENV_SECRET) + ": "
					+ ((id != null) ? ProfileReader.ENV_SECRET : ProfileReader.ENV_ID) + " is not set");
			return Optional.empty();
		}
		return Optional.of(ProfileReader.fromEnvironment(id, secret, baseUrlOverride()));
	}

	private void warnIfShadowed(String name, List<String> warnings) {
		try {
			if (this.store.read().section(name).isPresent()) {
				warnings.add("using the key in " + ProfileReader.ENV_ID + "/" + ProfileReader.ENV_SECRET
						+ "; it shadows profile [" + SafeText.of(name) + "] of " + SafeText.path(this.store.file()));
			}
		}
		catch (ProfileException ex) {
			// a broken file shadows nothing usable
		}
	}

	private Profile read(CredentialsFile file, Section section) {
		return ProfileReader.fromSection(file, section, baseUrlOverride());
	}

	private String baseUrlOverride() {
		return this.environment.get(ProfileReader.ENV_BASE_URL);
	}

	private String nothingFound(CredentialsFile file) {
		String fileState = Files.exists(file.path()) ? "has no [default] profile" + profilesIn(file) : "does not exist";
		return "no credentials found: searched --profile (not given), " + ProfileReader.ENV_ID + "/"
				+ ProfileReader.ENV_SECRET + " (not set), " + ENV_PROFILE + " (not set), " + SafeText.path(file.path())
				+ " (" + fileState
				+ "). Add one with 'profile add default', choose one with 'profile use <profile>', or try --demo";
	}

	private String unknown(CredentialsFile file, String name, String how) {
		String state = Files.exists(file.path()) ? profilesIn(file) : " (the file does not exist)";
		String shown = SafeText.of(name);
		return "no profile [" + shown + "] in " + SafeText.path(file.path()) + " (chosen by " + how + ")" + state
				+ suggestion(file, name) + ". Add it with 'profile add " + shown + "' or try --demo";
	}

	/** {@code ; profiles: a, b} for a message, names as {@link SafeText} shows them. */
	static String profilesIn(CredentialsFile file) {
		List<String> names = file.profileNames();
		return names.isEmpty() ? "; it has no profiles" : "; profiles: " + SafeText.list(names);
	}

	private static String suggestion(CredentialsFile file, String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return file.profileNames()
			.stream()
			.filter(candidate -> candidate.toLowerCase(Locale.ROOT).equals(lower))
			.findFirst()
			.map(candidate -> "; did you mean [" + SafeText.of(candidate) + "]? (names are case-sensitive)")
			.orElse("");
	}

}
