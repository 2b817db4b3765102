package com.vcshell.shell;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

import com.vcshell.admin.revocation.RevocationResult;
import com.vcshell.admin.rotation.DeliveredRotation;
import com.vcshell.admin.rotation.RotationResult;
import com.vcshell.output.OutputFormat;
import com.vcshell.output.Renderer;
import com.vcshell.output.Table;
import com.vcshell.output.Unmasked;

/**
 * Shows the result of a generate or revoke as details or JSON. The new (or revoked) api
 * id is shown in full ({@link Unmasked}); the secret masked ({@code ****} + last 4)
 * unless revealed, once, with a warning on stderr; anything else that looks like a key is
 * masked. The other local copies of the old key that were updated show as
 * {@code also updated}; one that was not is a warning.
 */
@Component
class RotationView {

	static final String DRY_RUN_GENERATE = "dry run: nothing generated, nothing saved";

	static final String DRY_RUN_REVOKE = "dry run: nothing revoked";

	private final Renderer renderer;

	RotationView(Renderer renderer) {
		this.renderer = renderer;
	}

	void generated(PrintWriter out, boolean json, RotationResult result) {
		generated(out, json, result, null);
	}

	/** A generate with {@code --deliver}: the delivery's outcome under the pair's. */
	void delivered(PrintWriter out, boolean json, DeliveredRotation delivered) {
		generated(out, json, delivered.rotation(),
				(delivered.delivery() != null) ? delivered.delivery().summary() : "not run");
	}

	private void generated(PrintWriter out, boolean json, RotationResult result, @Nullable String delivery) {
		if (result.dryRun()) {
			line(out, DRY_RUN_GENERATE);
			return;
		}
		if (result.reveal()) {
			this.renderer.warning("the new secret is shown in full below, this once: it cannot be shown again; "
					+ "keep it somewhere safe and clear your terminal's scrollback");
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put(result.subjectKind(), result.subject());
		fields.put("api_id", Unmasked.apiId(result.apiId()));
		fields.put("api_secret", result.reveal() ? Unmasked.revealed(result.shownSecret()) : result.shownSecret());
		fields.put("expiration", (result.expiration() != null) ? result.expiration().toString() : null);
		fields.put("saved_to", result.savedTo());
		fields.put("rescue_file", (result.rescueFile() != null) ? result.rescueFile().toString() : null);
		fields.put("verified", result.verified());
		fields.put("delivery", delivery);
		fields.put("also_updated", result.copies().updated());
		OutputFormat format = this.renderer.format(json);
		if (format == OutputFormat.JSON) {
			fields.put("not_updated", result.copies().notUpdated());
		}
		result.copies().notUpdated().forEach(this.renderer::warning);
		if (!result.reveal() || format == OutputFormat.JSON) {
			this.renderer.print(out, format, fields, () -> details(fields));
			return;
		}
		// a table may shorten long cells: the revealed secret gets a line of its own
		fields.put("api_secret", "shown in full below, this once");
		this.renderer.print(out, format, fields, () -> details(fields));
		line(out, "api secret: " + result.shownSecret());
	}

	void revoked(PrintWriter out, boolean json, RevocationResult result) {
		if (result.dryRun()) {
			line(out, DRY_RUN_REVOKE);
			return;
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("revoked", (result.apiId() != null) ? Unmasked.apiId(result.apiId()) : "the current credentials");
		fields.put("user", result.user());
		fields.put("note", result.note());
		this.renderer.print(out, this.renderer.format(json), fields, () -> details(fields));
	}

	private static void line(PrintWriter out, String text) {
		out.println(text);
		out.flush();
	}

	/** One line a field; a list gives one line an element, named on the first. */
	private static Table details(Map<String, Object> fields) {
		Table table = Table.details();
		fields.forEach((name, value) -> {
			List<?> values = (value instanceof List<?> list) ? list : (value != null) ? List.of(value) : List.of();
			for (int i = 0; i < values.size(); i++) {
				table.field((i == 0) ? name.replace('_', ' ') : "", values.get(i));
			}
		});
		return table;
	}

}
