package com.vcshell.admin.rotation;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vcshell.admin.DestinationChooser;
import com.vcshell.admin.UsageException;
import com.vcshell.profile.Profile;
import com.vcshell.profile.ProfileException;
import com.vcshell.profile.ProfileManager;
import com.vcshell.profile.UserEnvironment;

/**
 * Decides where a new secret goes before anything is sent (design §1): checks profile
 * names and {@code --out} files ({@link NewFilePath}), a bad one being a usage error
 * (exit 2), applies the rule for environment profiles, and asks through the
 * {@link DestinationChooser} when {@code generate user} was given no destination.
 */
@Component
class DestinationPlanner {

	static final String NEEDS_DESTINATION = "generate user needs a destination for the new secret: "
			+ "--save-as <profile>, --out <file> or --reveal";

	private final ProfileManager profiles;

	private final UserEnvironment environment;

	DestinationPlanner(ProfileManager profiles, UserEnvironment environment) {
		this.profiles = profiles;
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
		if (request.saveAs() != null) {
			checkSaveAs(request.saveAs());
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
		Path out = (chosen.out() != null) ? NewFilePath.check(chosen.out(), this.environment.home()) : null;
		boolean replaces = false;
		if (chosen.saveAs() != null) {
			checkSaveAs(chosen.saveAs());
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

	/**
	 * A {@code --save-as} name is a usage error (exit 2) when vcshell would not write it
	 * as a section, like any other bad argument.
	 */
	private void checkSaveAs(String name) {
		if (name.isBlank()) {
			throw new UsageException("--save-as needs a profile name, not an empty one");
		}
		try {
			this.profiles.checkName(name);
		}
		catch (ProfileException ex) {
			throw new UsageException("--save-as: " + ex.getMessage());
		}
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
