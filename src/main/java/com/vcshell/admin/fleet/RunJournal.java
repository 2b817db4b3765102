package com.vcshell.admin.fleet;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import com.vcshell.admin.copies.CopiesReport;
import com.vcshell.admin.delivery.DeliveryResult;
import com.vcshell.profile.Profile;
import com.vcshell.vault.RotationJournals;

/**
 * Writes the journal of one run: one JSON line per completed step, each forced to disk by
 * {@link RotationJournals} before the next step starts. The fields are chosen here, and
 * none is a secret: api ids, paths, exit codes, masked stderr lines.
 */
final class RunJournal {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final RotationJournals journals;

	private final Path file;

	private final Clock clock;

	RunJournal(RotationJournals journals, Path file, Clock clock) {
		this.journals = journals;
		this.file = file;
		this.clock = clock;
	}

	Path file() {
		return this.file;
	}

	/** The first line: the plan, the session, every account in order. */
	void start(RotationPlan plan, Profile profile, boolean force) {
		Map<String, Object> line = line("start");
		line.put("plan", plan.file().toString());
		line.put("plan_digest", plan.digest());
		line.put("profile", profile.name());
		line.put("host", profile.apiHost());
		line.put("force", force);
		line.put("accounts",
				plan.accounts()
					.stream()
					.map((account) -> account(account.userName(), account.userId(), account.apiId()))
					.toList());
		write(line);
	}

	void resumed(RotationPlan plan) {
		Map<String, Object> line = line("resume");
		line.put("plan_digest", plan.digest());
		write(line);
	}

	void stopped(String reason) {
		Map<String, Object> line = line("stop");
		line.put("reason", reason);
		write(line);
	}

	void check(PlannedAccount account, String outcome, @Nullable String currentApiId) {
		Map<String, Object> line = step("check", account, outcome);
		line.put("planned_api_id", account.apiId());
		line.put("current_api_id", currentApiId);
		write(line);
	}

	/** Before the POST: after a crash, a line like this one alone means "unknown". */
	void generating(PlannedAccount account, @Nullable String oldApiId) {
		Map<String, Object> line = step("generate", account, "sending");
		line.put("old_api_id", oldApiId);
		write(line);
	}

	void generated(PlannedAccount account, @Nullable String oldApiId, String outcome, @Nullable String newApiId) {
		Map<String, Object> line = step("generate", account, outcome);
		line.put("old_api_id", oldApiId);
		line.put("new_api_id", newApiId);
		write(line);
	}

	void saved(PlannedAccount account, LocalCopy copy, @Nullable Path credentialsFile) {
		saved(account, copy, credentialsFile, CopiesReport.NONE);
	}

	/**
	 * The save, with what became of the other local copies of the old key (places only:
	 * {@code also_updated}, {@code not_updated}).
	 */
	void saved(PlannedAccount account, LocalCopy copy, @Nullable Path credentialsFile, CopiesReport copies) {
		Map<String, Object> line = step("save", account, copy.saved() ? "ok" : "not saved");
		line.put("new_api_id", copy.pair().apiId());
		line.put("saved_to", copy.savedTo());
		line.put("profile", account.saveAs());
		line.put("credentials_file",
				(account.saveAs() != null && credentialsFile != null) ? credentialsFile.toString() : null);
		line.put("out", (copy.file() != null) ? copy.file().toString() : null);
		line.put("rescue_file", (copy.rescueFile() != null) ? copy.rescueFile().toString() : null);
		line.put("problem", copy.problem());
		if (!copies.updated().isEmpty() || !copies.notUpdated().isEmpty()) {
			line.put("also_updated", copies.updated());
			line.put("not_updated", copies.notUpdated());
		}
		write(line);
	}

	void delivered(PlannedAccount account, String newApiId, int index, DeliveryResult result) {
		Map<String, Object> line = step("deliver", account, result.ok() ? "ok" : "failed");
		line.put("new_api_id", newApiId);
		line.put("index", index);
		line.put("command", result.command());
		line.put("exit_code", result.exitCode());
		line.put("stderr", result.stderr());
		line.put("problem", result.problem());
		write(line);
	}

	void verified(PlannedAccount account, String newApiId, @Nullable String failure) {
		Map<String, Object> line = step("verify", account, (failure == null) ? "ok" : "failed");
		line.put("new_api_id", newApiId);
		line.put("problem", failure);
		write(line);
	}

	/** The account's final state. */
	AccountResult done(AccountResult result) {
		Map<String, Object> line = line("done");
		line.put("account", account(result.userName(), result.userId(), null));
		line.put("state", result.state().label());
		line.put("old_api_id", result.oldApiId());
		line.put("new_api_id", result.newApiId());
		line.put("note", result.note());
		write(line);
		return result;
	}

	private Map<String, Object> step(String step, PlannedAccount account, String outcome) {
		Map<String, Object> line = line(step);
		line.put("account", account(account.userName(), account.userId(), null));
		line.put("outcome", outcome);
		return line;
	}

	private Map<String, Object> line(String step) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("time", this.clock.instant().toString());
		line.put("step", step);
		return line;
	}

	private static Map<String, Object> account(String name, String id, @Nullable String apiId) {
		Map<String, Object> account = new LinkedHashMap<>();
		account.put("name", name);
		account.put("id", id);
		if (apiId != null) {
			account.put("api_id", apiId);
		}
		return account;
	}

	private void write(Map<String, Object> line) {
		this.journals.append(this.file, JSON.writeValueAsString(line));
	}

}
