package com.vcshell.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.vcshell.output.OutputFormat;
import com.vcshell.output.Renderer;
import com.vcshell.output.Table;
import com.vcshell.output.Unmasked;
import com.vcshell.admin.users.UserRow;
import com.vcshell.admin.users.Whoami;

/** Prints {@code whoami} and {@code users} results as tables, details or JSON. */
@Component
class UserView {

	private final Renderer renderer;

	UserView(Renderer renderer) {
		this.renderer = renderer;
	}

	/** The session's api id is shown in full, as {@code expiration self} shows it. */
	void whoami(PrintWriter out, OutputFormat format, Whoami who) {
		Map<String, Object> json = this.renderer.jsonFields(who);
		json.put("api_id", Unmasked.apiId(who.apiId()));
		this.renderer.print(out, format, json,
				() -> Table.details()
					.field("user name", who.userName())
					.field("user id", who.userId())
					.field("account type", who.accountType())
					.field("roles", String.join(", ", who.roles()))
					.field("administers others", who.admin() ? "yes" : "no")
					.field("profile", who.profile())
					.field("api host", who.apiHost())
					.field("api id", Unmasked.apiId(who.apiId())));
	}

	void list(PrintWriter out, OutputFormat format, List<UserRow> users) {
		this.renderer.print(out, format, users, () -> {
			Table table = Table.of("user name", "user id", "type", "email", "roles");
			users.forEach((user) -> table.row(user.userName(), user.userId(), user.accountType(), user.emailAddress(),
					String.join(", ", user.roles())));
			return table;
		});
	}

	/** A user's current api id is shown in full, as {@code expiration user} shows it. */
	void details(PrintWriter out, OutputFormat format, UserRow user) {
		Map<String, Object> json = this.renderer.jsonFields(user);
		if (user.apiId() != null) {
			json.put("api_id", Unmasked.apiId(user.apiId()));
		}
		this.renderer.print(out, format, json, () -> {
			Table table = Table.details()
				.field("user name", user.userName())
				.field("user id", user.userId())
				.field("type", user.accountType())
				.field("email", user.emailAddress())
				.field("name", String.join(" ", nonNull(user.firstName()), nonNull(user.lastName())).strip())
				.field("roles", String.join(", ", user.roles()))
				.field("administers others", user.admin() ? "yes" : "no");
			if (user.apiId() != null) {
				table.field("api id", Unmasked.apiId(user.apiId()))
					.field("expires (UTC)", ExpirationView.time(user.expiration()))
					.field("days left", user.daysLeft());
			}
			return table.field("credentials", user.status());
		});
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

}
