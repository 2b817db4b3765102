package com.vcshell.admin.rotation;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vcshell.admin.DestinationChooser;
import com.vcshell.admin.UsageException;
import com.vcshell.profile.Profile;
import com.vcshell.profile.ProfileManager;
import com.vcshell.profile.UserEnvironment;
import com.vcshell.vault.NewCredentialsFiles;

/**
 * Decides where a new secret goes before anything is sent (design §1): checks profile
 * names and {@code --out} files, applies the rule for environment profiles, and asks
 * through the {@link DestinationChooser} when {@code generate user} was given no
 * destination.
 */
@Component
class DestinationPlanner {

	static final String NEEDS_DESTINATION = "generate user needs a destination for the new secret: "
			+ "--save-as <profile>, --out <file> or --reveal";

	private final ProfileManager profiles;

	private final NewCredentialsFiles files;

	private final UserEnvironment environment;

	DestinationPlanner(ProfileManager profiles, NewCredentialsFiles files, UserEnvironment environment) {
		this.profiles = profiles;
		this.files = files;
		this.environment = environment;
	}

	/**
	 * {@code generate self}: the active profile, or {@code --save-as}; a profile from
	 * environment variables cannot be updated, so it needs {@code --save-as} or
	 * {@code --reveal}.
	 */
	Destinations forSelf(Profile profile, GenerateRequest request) {
		boolean fromFile = profile.source() == Profile.Source.FILE;
		if (!fromFile && request.saveAs() == null && !request.reveal()) {
			throw new UsageException("profile [" + profile.name()
					+ "] comes from VERACODE_API_KEY_ID/VERACODE_API_KEY_SECRET, which vcshell cannot update: "
					+ "give --save-as <profile> to save the new pair in " + this.profiles.file()
					+ ", or --reveal to print it once");
		}
		String target = (request.saveAs() != null) ? request.saveAs() : (fromFile ? profile.name() : null);
		if (target == null) {
			return new Destinations(null, false, null, true, null, baseUrlOf(profile));
		}
		this.profiles.checkName(target);
		boolean rotatesActive = fromFile && target.equals(profile.name());
		boolean replaces = !rotatesActive && this.profiles.exists(target);
		return new Destinations(target, replaces, null, request.reveal(), rotatesActive ? null : baseUrlOf(profile),
				baseUrlOf(profile));
	}

	/**
	 * {@code generate user}: {@code --save-as}, {@code --out}, {@code --reveal}; asked
	 * for when none is given, refused when nobody can be asked. A dry run needs none.
	 */
	Destinations forUser(Profile profile, GenerateRequest request, DestinationChooser chooser) {
		GenerateRequest chosen = request;
		if (request.hasNoDestination() && !request.dryRun()) {
			chosen = request.with(ask(chooser));
		}
		Path out = (chosen.out() != null) ? newFile(chosen.out()) : null;
		boolean replaces = false;
		if (chosen.saveAs() != null) {
			this.profiles.checkName(chosen.saveAs());
			replaces = this.profiles.exists(chosen.saveAs());
		}
		return new Destinations(chosen.saveAs(), replaces, out, chosen.reveal(), baseUrlOf(profile),
				baseUrlOf(profile));
	}

	private static DestinationChooser.Choice ask(DestinationChooser chooser) {
		if (!chooser.canAsk()) {
			throw new UsageException(NEEDS_DESTINATION);
		}
		return chooser.choose()
			.orElseThrow(() -> new UsageException("cancelled: no destination for the new secret, nothing generated"));
	}

	/** An {@code --out} path ({@code ~/} expanded) that must not exist yet. */
	private Path newFile(String given) {
		Path file = given.startsWith("~/") ? this.environment.home().resolve(given.substring(2)) : Path.of(given);
		if (this.files.exists(file)) {
			throw new UsageException(
					"--out " + file + " already exists; it is never overwritten: choose a new file name");
		}
		return file;
	}

	/**
	 * The base URL to record with a pair saved elsewhere, so it reaches the same tenant:
	 * the profile's own when it is not simply its region's default.
	 */
	static @Nullable URI baseUrlOf(Profile profile) {
		URI regional = profile.credentials().region().baseUrl();
		String url = profile.apiBaseUrl().toString();
		return url.toLowerCase(Locale.ROOT).equals(regional.toString()) ? null : profile.apiBaseUrl();
	}

}
