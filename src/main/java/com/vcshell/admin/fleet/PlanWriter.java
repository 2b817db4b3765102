package com.vcshell.admin.fleet;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.vcshell.admin.expiry.ExpiryRow;
import com.vcshell.auth.Masking;
import com.vcshell.profile.Profile;

/**
 * Writes a plan in the format {@link PlanParser} reads: a commented header that explains
 * it, the plan-level keys, then one section per account with its user id, api id and
 * expiry and a proposed destination: {@code save_as} of a profile of the same name when
 * the credentials file has one, else commented-out examples to edit.
 */
final class PlanWriter {

	private static final Pattern HEX_RUN = Pattern.compile("[0-9a-fA-F]{32,}");

	private PlanWriter() {
	}

	/**
	 * @param command how the plan was asked for, for its header
	 * @param left accounts left out, with why
	 */
	static String render(String command, Profile profile, Instant now, List<ExpiryRow> rows, Set<String> profiles,
			List<String> left) {
		StringBuilder plan = new StringBuilder();
		plan.append("# vcshell rotation plan, written by '")
			.append(command)
			.append("' on ")
			.append(now.truncatedTo(ChronoUnit.SECONDS))
			.append("\n# for profile [")
			.append(profile.name())
			.append("] at ")
			.append(profile.apiBaseUrl())
			.append(". It holds no secret: keep it in git.\n")
			.append("""
					# Accounts are rotated in this order; delete a section to leave its account out.
					# Each account needs at least one destination for its new pair, any mix of:
					#   save_as = <profile>   a profile of the credentials file (created, or its keys replaced)
					#   out = <file>          a new credentials file, never overwritten (relative to this plan)
					#   deliver = <command>   run without a shell (unless sh -c '...'), in this plan's folder, with
					#                         the pair in VERACODE_API_KEY_ID / VERACODE_API_KEY_SECRET and on stdin
					# Then: rotate apply <this file>

					""");
		plan.append("api_host = ").append(profile.apiHost()).append('\n');
		plan.append("deliver_timeout = ").append(60).append('\n');
		for (ExpiryRow row : rows) {
			account(plan, row, profiles);
		}
		if (!left.isEmpty()) {
			plan.append("\n# Not in the plan:\n");
			left.forEach((line) -> plan.append("#   ").append(masked(line)).append('\n'));
		}
		return plan.toString();
	}

	private static void account(StringBuilder plan, ExpiryRow row, Set<String> profiles) {
		String name = String.valueOf(row.userName());
		plan.append("\n[").append(name).append("]\n");
		plan.append("user_id = ").append(row.userId()).append('\n');
		plan.append("api_id = ").append(orEmpty(row.apiId())).append('\n');
		if (row.apiId() == null) {
			plan.append("# it has no credentials now: its first pair is generated\n");
		}
		if (row.expiration() != null) {
			plan.append("expiry = ").append(row.expiration()).append('\n');
		}
		String gh = " | gh secret set NAME --repo <owner>/<repo>'\n";
		String hint = "deliver = sh -c 'printf %s \"$VERACODE_API_KEY_ID\"" + gh.replace("NAME", "VERACODE_API_KEY_ID")
				+ "# deliver = sh -c 'printf %s \"$VERACODE_API_KEY_SECRET\""
				+ gh.replace("NAME", "VERACODE_API_KEY_SECRET");
		if (profiles.contains(name)) {
			plan.append("save_as = ").append(name).append('\n');
		}
		else {
			plan.append("# save_as = ").append(name).append('\n');
			plan.append("# out = ").append(name).append(".credentials\n");
		}
		plan.append("# ").append(hint);
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	/** A reason as a comment may show it: hex runs masked (a plan refuses them). */
	private static String masked(String text) {
		return HEX_RUN.matcher(text.replace('\n', ' ')).replaceAll((match) -> Masking.mask(match.group()));
	}

}
