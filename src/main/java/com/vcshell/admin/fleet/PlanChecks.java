package com.vcshell.admin.fleet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vcshell.profile.Profile;
import com.vcshell.profile.ProfileException;
import com.vcshell.profile.ProfileManager;

/**
 * What a plan is checked against before anything is sent: the session's API host, the
 * account the session signs with, and the destinations as they are on this machine now (a
 * profile name vcshell can write, a new file that does not exist yet in a folder that
 * does).
 */
@Component
class PlanChecks {

	private final ProfileManager profiles;

	PlanChecks(ProfileManager profiles) {
		this.profiles = profiles;
	}

	/** The plan is for the session's API host, when it says which. */
	void host(RotationPlan plan, Profile profile) {
		if (plan.apiHost() != null && !plan.apiHost().equalsIgnoreCase(profile.apiHost())) {
			throw new PlanException(plan.file() + ": the plan is for api_host " + plan.apiHost() + ", but profile ["
					+ profile.name() + "] talks to " + profile.apiHost()
					+ "; choose the profile of that tenant with --profile or 'profile use'");
		}
	}

	/**
	 * The accounts about to be generated can be, and their pairs saved where the plan
	 * says.
	 */
	void destinations(RotationPlan plan, Collection<PlannedAccount> accounts, Profile profile) {
		for (PlannedAccount account : accounts) {
			if (account.apiId() != null && account.apiId().equals(profile.credentials().apiId())) {
				throw problem(plan, account, "this is the account profile [" + profile.name()
						+ "] signs with: rotate it with 'generate self', which switches the session to the new pair");
			}
			if (account.saveAs() != null) {
				saveAs(plan, account, profile);
			}
			if (account.out() != null) {
				out(plan, account, account.out());
			}
		}
	}

	private void saveAs(RotationPlan plan, PlannedAccount account, Profile profile) {
		if (account.saveAs().equals(profile.name()) && profile.source() == Profile.Source.FILE) {
			throw problem(plan, account, "save_as [" + account.saveAs()
					+ "] is the profile this session signs with; saving another account's pair there would lock it out");
		}
		try {
			this.profiles.checkName(account.saveAs());
		}
		catch (ProfileException ex) {
			throw problem(plan, account, "save_as: " + ex.getMessage());
		}
	}

	private static void out(RotationPlan plan, PlannedAccount account, Path out) {
		if (Files.exists(out)) {
			throw problem(plan, account, "out " + out + " already exists; it is never overwritten: choose a new file");
		}
		Path folder = out.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw problem(plan, account, "out " + out + ": the folder " + folder + " does not exist");
		}
		if (!Files.isWritable(folder)) {
			throw problem(plan, account, "out " + out + ": the folder " + folder + " is not writable");
		}
	}

	private static PlanException problem(RotationPlan plan, PlannedAccount account, String message) {
		return new PlanException(
				plan.file() + " line " + account.line() + " (account [" + account.userName() + "]): " + message);
	}

	/** For messages: {@code 3 accounts}. */
	static String accounts(int count) {
		return String.format(Locale.ROOT, "%d account%s", count, (count == 1) ? "" : "s");
	}

}
