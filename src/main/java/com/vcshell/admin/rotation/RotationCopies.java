package com.vcshell.admin.rotation;

import java.util.List;

import com.vcshell.admin.Arguments;
import com.vcshell.admin.copies.CopiesReport;
import com.vcshell.admin.copies.Found;
import com.vcshell.admin.copies.LocalCopies;
import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.InvalidCredentialsException;
import com.vcshell.identity.ApiCredentialsInfo;
import com.vcshell.identity.IdentityClient;
import com.vcshell.identity.User;
import com.vcshell.identity.VeracodeApiException;
import com.vcshell.profile.Profile;

/**
 * The local copies of the key a {@code generate} replaces: found before the question
 * (which names them), updated after the pair is saved where asked. {@code generate self}
 * replaces the key the session signs with; {@code generate user --save-as} the user's
 * current key, which is read first (one GET). {@code generate user} without
 * {@code --save-as} writes no profile and looks for no copies.
 */
record RotationCopies(LocalCopies copies) {

	/** The copies of the key the session signs with, but for the profile saved into. */
	Found forSelf(Profile profile, Destinations where) {
		return this.copies.find(profile.credentials().apiId(), where.saveAs());
	}

	/** The copies of the user's current key, when the new pair goes into a profile. */
	Found forUser(IdentityClient client, User target, Destinations where) {
		if (where.saveAs() == null || this.copies == LocalCopies.NONE) {
			return Found.none("");
		}
		try {
			ApiCredentialsInfo current = client.credentialsForUser(target.userId());
			return current.exists() ? this.copies.find(current.apiId(), where.saveAs()) : Found.none("");
		}
		catch (VeracodeApiException ex) {
			if (ex.kind() == VeracodeApiException.Kind.NOT_FOUND) {
				return Found.none("");
			}
			return new Found("", List.of(), List.of("local copies of the old key of user " + Arguments.label(target)
					+ " were not looked for: its current api id could not be read (" + ex.getMessage() + ")"));
		}
	}

	/** Updates the copies once the pair is saved where asked; else reports them. */
	RotationResult after(RotationResult result, Found found) {
		if (found.isEmpty()) {
			return result;
		}
		if (!result.saved() || result.apiId() == null || result.secret() == null) {
			return result.withCopies(CopiesReport.notUpdated(found, "the new pair was not saved where asked"));
		}
		ApiCredentials pair;
		try {
			pair = ApiCredentials.of(result.apiId(), result.secret());
		}
		catch (InvalidCredentialsException ex) {
			return result.withCopies(CopiesReport.notUpdated(found, "the API returned a pair vcshell cannot use"));
		}
		return result.withCopies(this.copies.update(found, pair));
	}

}
