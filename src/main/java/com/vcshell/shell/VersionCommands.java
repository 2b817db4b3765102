package com.vcshell.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import com.vcshell.output.Renderer;
import com.vcshell.output.Table;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.Profile;

/**
 * {@code version} (and {@code vcshell --version}): the version, the commit the jar was
 * built from (written by the build into {@value #BUILD_PROPERTIES}), the Java it runs on
 * and the API host of the active profile.
 */
@Component
class VersionCommands {

	static final String BUILD_PROPERTIES = "/META-INF/vcshell/build.properties";

	private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,40}(-dirty)?");

	private final ActiveProfile active;

	private final Renderer renderer;

	VersionCommands(ActiveProfile active, Renderer renderer) {
		this.active = active;
		this.renderer = renderer;
	}

	@Command(name = "version",
			description = "Show the version, the commit it was built from, the Java version and the active API host",
			group = "Built-In Commands")
	public void version(@Option(longName = "json", description = "print JSON") boolean json, CommandContext ctx) {
		Map<String, Object> fields = fields();
		PrintWriter out = ctx.outputWriter();
		this.renderer.print(out, this.renderer.format(json), fields, () -> {
			Table details = Table.details();
			fields.forEach((key, value) -> details.field(key.replace('_', ' '), value));
			return details;
		});
		out.flush();
	}

	private Map<String, Object> fields() {
		Properties build = build();
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("vcshell", build.getProperty("version", "unknown"));
		String commit = build.getProperty("commit", "");
		fields.put("commit", COMMIT.matcher(commit).matches() ? commit : "unknown");
		fields.put("java", Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
		Profile profile = this.active.current().orElse(null);
		fields.put("api_host", (profile != null) ? profile.apiHost() + " (profile " + profile.name() + ")"
				: "none: no usable profile");
		return fields;
	}

	private static Properties build() {
		Properties properties = new Properties();
		try (InputStream in = VersionCommands.class.getResourceAsStream(BUILD_PROPERTIES)) {
			if (in != null) {
				properties.load(in);
			}
		}
		catch (IOException ex) {
			// an unreadable resource: the fields say unknown
		}
		return properties;
	}

}
