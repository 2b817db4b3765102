package com.vcshell.profile;

import java.net.URI;
import java.nio.CharBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.InvalidCredentialsException;
import com.vcshell.profile.CredentialsFile.Section;

/**
 * The profile commands' service: lists the profiles of the file (and the environment
 * pair), adds and removes them through the {@link CredentialsStore}, and keeps the
 * {@link ActiveProfile} in step.
 */
@Component
public class ProfileManager {

	private final CredentialsStore store;

	private final ActiveProfile active;

	private final UserEnvironment environment;

	public ProfileManager(CredentialsStore store, ActiveProfile active, UserEnvironment environment) {
		this.store = store;
		this.active = active;
		this.environment = environment;
	}

	/**
	 * Every profile of the file in file order, then {@code env} when the environment pair
	 * is set. Unusable profiles are listed with their problem.
	 * @throws ProfileException when the file is malformed
	 */
	public List<ProfileSummary> list() {
		CredentialsFile file = this.store.read();
		Optional<String> activeName = this.active.activeName();
		Optional<Profile.Source> activeSource = activeName.map((name) -> this.active.require().source());
		String baseUrl = this.environment.get(ProfileReader.ENV_BASE_URL);
		List<ProfileSummary> rows = new ArrayList<>();
		for (Section section : file.sections()) {
			boolean isActive = activeName.filter(section.name()::equals).isPresent()
					&& activeSource.filter(Profile.Source.FILE::equals).isPresent();
			try {
				rows.add(ProfileSummary.of(ProfileReader.fromSection(file, section, baseUrl), isActive));
			}
			catch (ProfileException ex) {
				rows.add(ProfileSummary.unusable(section.name(), ex.getMessage()));
			}
		}
		String id = this.environment.get(ProfileReader.ENV_ID);
		String secret = this.environment.get(ProfileReader.ENV_SECRET);
		if (id != null && secret != null) {
			boolean isActive = activeSource.filter(Profile.Source.ENVIRONMENT::equals).isPresent();
			try {
				rows.add(ProfileSummary.of(ProfileReader.fromEnvironment(id, secret, baseUrl), isActive));
			}
			catch (ProfileException ex) {
				rows.add(new ProfileSummary(Profile.ENVIRONMENT_NAME, null, null, null, false,
						Profile.Source.ENVIRONMENT, ex.getMessage()));
			}
		}
		return rows;
	}

	/**
	 * The profile names for completion: the file's, plus {@code env} when set. Names
	 * vcshell would refuse to use (control characters, key-like) are left out, so a
	 * completion menu never prints them.
	 */
	public List<String> names() {
		List<String> names = new ArrayList<>(this.store.profileNames());
		names.removeIf((name) -> ProfileNames.problem(name) != null);
		if (this.environment.get(ProfileReader.ENV_ID) != null && this.environment.get(ProfileReader.ENV_SECRET) != null
				&& !names.contains(Profile.ENVIRONMENT_NAME)) {
			names.add(Profile.ENVIRONMENT_NAME);
		}
		return names;
	}

	public boolean exists(String name) {
		return this.store.exists(name);
	}

	/**
	 * Saves a key pair typed by the user as a profile.
	 * @param apiBaseUrl a custom API base URL, or {@code null} for the key's region
	 * @throws ProfileException for an invalid pair, URL or name, or a write failure
	 */
	public void add(String name, String rawId, char[] rawSecret, String apiBaseUrl) {
		ApiCredentials credentials;
		try {
			credentials = ApiCredentials.of(rawId, CharBuffer.wrap(rawSecret));
		}
		catch (InvalidCredentialsException ex) {
			throw new ProfileException("not saved: " + ex.getMessage());
		}
		URI url = (apiBaseUrl != null) ? ApiBaseUrl.parse(apiBaseUrl, "--api-base-url") : null;
		this.store.save(name, credentials, url);
		this.active.fileChanged(name);
	}

	/**
	 * Saves the {@code VERACODE_API_KEY_ID}/{@code _SECRET} pair as a profile (for
	 * scripts).
	 */
	public void addFromEnvironment(String name, String apiBaseUrl) {
		String id = this.environment.get(ProfileReader.ENV_ID);
		String secret = this.environment.get(ProfileReader.ENV_SECRET);
		if (id == null || secret == null) {
			throw new ProfileException("--from-env needs both " + ProfileReader.ENV_ID + " and "
					+ ProfileReader.ENV_SECRET + " to be set");
		}
		add(name, id, secret.toCharArray(), apiBaseUrl);
	}

	/**
	 * Checks a name before asking for a key: an existing profile, or a name vcshell can
	 * write.
	 * @throws ProfileException for a name that cannot be a new profile
	 */
	public void checkName(String name) {
		if (!this.store.exists(name)) {
			CredentialsStore.checkName(name);
		}
	}

	/**
	 * Returns when the file has that profile.
	 * @throws ProfileException naming the file and its profiles when not
	 */
	public void requireExisting(String name) {
		CredentialsFile file = this.store.read();
		if (file.section(name).isEmpty()) {
			throw new ProfileException("no profile [" + SafeText.of(name) + "] in " + SafeText.path(this.store.file())
					+ ProfileResolver.profilesIn(file));
		}
	}

	/**
	 * Removes a profile from the file.
	 * @return whether it was the session's active profile
	 * @throws ProfileException when there is no such profile
	 */
	public boolean remove(String name) {
		requireExisting(name);
		boolean wasActive = this.active.activeName().filter(name::equals).isPresent()
				&& this.active.require().source() == Profile.Source.FILE;
		this.store.remove(name);
		this.active.profileRemoved(name);
		return wasActive;
	}

	/**
	 * The profile of that name as {@code profile use} would load it ({@code env} is the
	 * environment pair when it is set), without switching the session to it.
	 * @throws ProfileException when there is no such profile, or it is unusable
	 */
	public Profile load(String name) {
		boolean fromEnvironment = name.equals(Profile.ENVIRONMENT_NAME)
				&& this.environment.get(ProfileReader.ENV_ID) != null
				&& this.environment.get(ProfileReader.ENV_SECRET) != null;
		return load(name, fromEnvironment ? Profile.Source.ENVIRONMENT : Profile.Source.FILE);
	}

	/**
	 * The profile of a row of {@link #list()}: a section of the file, or the environment
	 * pair.
	 * @throws ProfileException when it is unusable, or gone from the file
	 */
	public Profile load(String name, Profile.Source source) {
		String baseUrl = this.environment.get(ProfileReader.ENV_BASE_URL);
		if (source == Profile.Source.ENVIRONMENT) {
			return ProfileReader.fromEnvironment(this.environment.get(ProfileReader.ENV_ID),
					this.environment.get(ProfileReader.ENV_SECRET), baseUrl);
		}
		CredentialsFile file = this.store.read();
		Section section = file.section(name)
			.orElseThrow(() -> new ProfileException("no profile [" + SafeText.of(name) + "] in "
					+ SafeText.path(this.store.file()) + ProfileResolver.profilesIn(file)));
		return ProfileReader.fromSection(file, section, baseUrl);
	}

	/** The credentials file. */
	public Path file() {
		return this.store.file();
	}

}
