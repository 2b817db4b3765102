package com.vcshell.admin.fleet;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import com.vcshell.vault.RotationJournals;

/**
 * A journal as read back: the run's plan and session, and each account's record, in the
 * plan's order. A line that does not parse is skipped (only the last can be cut short,
 * and {@link RotationJournals#read} leaves that one out already).
 *
 * @param file the journal
 * @param plan the plan file of the run
 * @param digest the plan's digest when the run started
 * @param profile the profile the run signed with
 * @param accounts the records by user id, in the plan's order
 * @param stopped the last reason a run of it stopped, if the last run did
 */
record JournalRecord(Path file, Path plan, String digest, String profile, Map<String, AccountRecord> accounts,
		@Nullable String stopped) {

	/**
	 * @throws PlanException when the file is not a rotation journal
	 */
	static JournalRecord read(RotationJournals journals, Path file) {
		List<String> lines = journals.read(file);
		JsonNode start = (lines.isEmpty()) ? null : parse(lines.get(0));
		if (start == null || !"start".equals(AccountRecord.text(start, "step"))) {
			throw new PlanException(file + " is not a rotation journal: it does not begin with a start line");
		}
		Map<String, AccountRecord> accounts = new LinkedHashMap<>();
		start.path("accounts").forEach((account) -> {
			String id = account.path("id").asString("");
			accounts.put(id,
					new AccountRecord(account.path("name").asString(id), id, AccountRecord.text(account, "api_id")));
		});
		String stopped = null;
		for (String text : lines.subList(1, lines.size())) {
			JsonNode line = parse(text);
			String step = (line != null) ? AccountRecord.text(line, "step") : null;
			if (step == null) {
				continue;
			}
			stopped = step.equals("stop") ? AccountRecord.text(line, "reason") : step.equals("resume") ? null : stopped;
			AccountRecord account = accounts.get(line.path("account").path("id").asString(""));
			if (account != null) {
				account.accept(step, line);
			}
		}
		return new JournalRecord(file, Path.of(String.valueOf(AccountRecord.text(start, "plan"))),
				String.valueOf(AccountRecord.text(start, "plan_digest")),
				String.valueOf(AccountRecord.text(start, "profile")), accounts, stopped);
	}

	private static @Nullable JsonNode parse(String line) {
		try {
			return RunJournal.JSON.readTree(line);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** Names the journal and how many accounts it has (it holds no secret anyway). */
	@Override
	public String toString() {
		return "JournalRecord[" + this.file + ", plan " + this.plan + ", " + this.accounts.size() + " accounts]";
	}

	/** Every account's result as the journal tells it. */
	List<AccountResult> results() {
		return this.accounts.values().stream().map(RecordedState::result).toList();
	}

}
