package com.vcshell.shell;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vcshell.output.OutputFormat;
import com.vcshell.output.Masking;
import com.vcshell.output.Renderer;
import com.vcshell.output.Table;

/**
 * Shows the result of a generate or revoke as details or JSON. The new api id is shown in
 * full; the secret masked ({@code ****} + last 4) unless revealed, once, with a warning
 * on stderr.
 */
@Component
class RotationView {

	static final String DRY_RUN_GENERATE = "dry run: nothing generated, nothing saved";

	static final String DRY_RUN_REVOKE = "dry run: nothing revoked";

	private final Renderer renderer;

	RotationView(Renderer renderer) {
		this.renderer = renderer;
	}

	void generated(PrintWriter out, boolean json, Generated result) {
		if (result.revealed()) {
			this.renderer.warning("the new secret is shown in full below, this once: it cannot be shown again; "
					+ "keep it somewhere safe and clear your terminal's scrollback");
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put(result.subjectKind(), result.subject());
		fields.put("api_id", result.apiId());
		fields.put("api_secret", result.secret());
		fields.put("expiration", (result.expiration() != null) ? result.expiration().toString() : null);
		fields.put("saved_to", result.savedTo());
		fields.put("rescue_file", result.rescueFile());
		fields.put("verified", result.verified());
		OutputFormat format = this.renderer.format(json);
		if (!result.revealed() || format == OutputFormat.JSON) {
			this.renderer.print(out, format, fields, () -> details(fields));
			return;
		}
		// a table may shorten long cells: the revealed secret gets a line of its own
		fields.put("api_secret", "shown in full below, this once");
		this.renderer.print(out, format, fields, () -> details(fields));
		out.println("api secret: " + result.secret());
		out.flush();
	}

	void revoked(PrintWriter out, boolean json, Map<String, Object> fields) {
		print(out, json, fields);
	}

	void dryRun(PrintWriter out, String message) {
		out.println(message);
		out.flush();
	}

	private void print(PrintWriter out, boolean json, Map<String, Object> fields) {
		this.renderer.print(out, this.renderer.format(json), fields, () -> details(fields));
	}

	private static Table details(Map<String, Object> fields) {
		Table table = Table.details();
		fields.forEach((name, value) -> {
			if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
				table.field(name.replace('_', ' '), (value instanceof List<?> list)
						? String.join(", ", list.stream().map(String::valueOf).toList()) : value);
			}
		});
		return table;
	}

	/**
	 * A generate's result, secret already masked unless revealed.
	 *
	 * @param subjectKind {@code profile} or {@code user}
	 * @param subject the profile name or user label
	 * @param apiId the new api id, in full
	 * @param secret the secret: masked, or in full when revealed
	 * @param revealed whether {@code secret} is in full
	 * @param expiration when the new pair expires
	 * @param savedTo where it was saved
	 * @param rescueFile the rescue file, when the save failed
	 * @param verified whether a signed call with the new pair succeeded ({@code null}:
	 * not tried)
	 */
	record Generated(String subjectKind, String subject, String apiId, String secret, boolean revealed,
			@Nullable Instant expiration, List<String> savedTo, @Nullable String rescueFile,
			@Nullable Boolean verified) {

		/**
		 * Masks the secret even when it is revealed: a log line or debugger never shows
		 * it.
		 */
		@Override
		public String toString() {
			return "Generated[" + this.subjectKind + " " + this.subject + ", apiId=" + this.apiId + ", secret="
					+ Masking.secret(this.secret) + ", savedTo=" + this.savedTo + "]";
		}
	}

}
