package com.vcshell.shell;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.vcshell.admin.fleet.AccountResult;
import com.vcshell.admin.fleet.AccountState;
import com.vcshell.admin.fleet.PlanDraft;
import com.vcshell.admin.fleet.PlannedAccount;
import com.vcshell.admin.fleet.RotationPlan;
import com.vcshell.admin.fleet.RunResult;
import com.vcshell.output.OutputFormat;
import com.vcshell.output.Renderer;
import com.vcshell.output.Table;
import com.vcshell.output.Unmasked;

/**
 * Shows the {@code rotate} results: a plan written, a plan as the table the user
 * confirms, and a run's accounts (apply, resume, status) as a summary table or JSON. Api
 * ids in full ({@link Unmasked}); no secret is in any of it.
 */
@Component
class RotateView {

	static final String DRY_RUN = "dry run: nothing generated, saved or delivered";

	private final Renderer renderer;

	RotateView(Renderer renderer) {
		this.renderer = renderer;
	}

	void written(PrintWriter out, PlanDraft draft) {
		if (draft.file() == null) {
			out.print(draft.text());
		}
		else {
			out.println("wrote the plan " + draft.file() + ": " + draft.accounts()
					+ " accounts; edit the destinations, then: rotate apply " + draft.file());
		}
		out.flush();
	}

	/** The plan as a table, before the one question. */
	void plan(PrintWriter out, RotationPlan plan) {
		Table table = Table.of("account", "api id", "expiry", "new pair goes to");
		for (PlannedAccount account : plan.accounts()) {
			List<String> places = new ArrayList<>();
			if (account.saveAs() != null) {
				places.add("profile [" + account.saveAs() + "]");
			}
			if (account.out() != null) {
				places.add("new file " + account.out());
			}
			account.deliver().forEach((command) -> places.add("deliver: " + command.line()));
			table.row(account.userName(), Unmasked.apiId(account.apiId()), account.expiry(), String.join("; ", places));
		}
		this.renderer.print(out, OutputFormat.TABLE, plan, () -> table);
	}

	/**
	 * Every account's state, then each account that ended badly in full on a line of its
	 * own, the journal, and why the run stopped.
	 */
	void summary(PrintWriter out, boolean json, RunResult result) {
		OutputFormat format = this.renderer.format(json);
		if (result.dryRun() && format != OutputFormat.JSON) {
			out.println(DRY_RUN);
			out.flush();
			return;
		}
		this.renderer.print(out, format, json(result), () -> table(result));
		if (format != OutputFormat.JSON) {
			// a table cell may be cut to the width: what went wrong is shown in full
			result.accounts()
				.stream()
				.filter((account) -> account.state() != AccountState.ROTATED
						&& account.state() != AccountState.NOT_REACHED)
				.forEach((account) -> this.renderer.line(out, account.userName() + ": " + details(account)));
			this.renderer.line(out, "journal: " + result.journal());
			if (result.stopped() != null) {
				this.renderer.line(out, "stopped: " + result.stopped());
			}
		}
	}

	private static Table table(RunResult result) {
		Table table = Table.of("account", "state", "new api id", "details");
		for (AccountResult account : result.accounts()) {
			table.row(account.userName(), account.state().label(), Unmasked.apiId(account.newApiId()),
					details(account));
		}
		return table;
	}

	/**
	 * Where the pair went (a profile without its file, which every profile shares), how
	 * each delivery ended, and the note.
	 */
	private static String details(AccountResult account) {
		List<String> details = new ArrayList<>();
		account.savedTo().forEach((place) -> details.add(place.replaceFirst("^(profile \\[.*\\]) in .*$", "$1")));
		if (account.rescueFile() != null) {
			details.add("rescue file " + account.rescueFile());
		}
		account.deliveries().forEach((delivery) -> details.add("deliver: " + delivery));
		if (account.note() != null) {
			details.add(account.note());
		}
		return String.join("; ", details);
	}

	private static Map<String, Object> json(RunResult result) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("journal", (result.journal() != null) ? result.journal().toString() : null);
		json.put("plan", result.plan().toString());
		json.put("dry_run", result.dryRun());
		json.put("stopped", result.stopped());
		json.put("accounts", result.accounts().stream().map(RotateView::json).toList());
		return json;
	}

	private static Map<String, Object> json(AccountResult account) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("user_name", account.userName());
		json.put("user_id", account.userId());
		json.put("state", account.state().label());
		json.put("old_api_id", Unmasked.apiId(account.oldApiId()));
		json.put("new_api_id", Unmasked.apiId(account.newApiId()));
		json.put("saved_to", account.savedTo());
		json.put("rescue_file", (account.rescueFile() != null) ? account.rescueFile().toString() : null);
		json.put("deliveries", List.copyOf(account.deliveries()));
		json.put("note", account.note());
		return json;
	}

}
