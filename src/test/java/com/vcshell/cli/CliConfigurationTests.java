package com.vcshell.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.vcshell.admin.SessionOptions;
import com.vcshell.output.OutputFormat;
import com.vcshell.profile.ProfileSettings;

import static org.assertj.core.api.Assertions.assertThat;

/** The startup options reach each layer as its own small settings. */
class CliConfigurationTests {

	private final CliConfiguration configuration = new CliConfiguration();

	@Test
	void jsonStartupOptionMakesJsonTheDefault() {
		assertThat(this.configuration.outputSettings(StartupOptions.parse("--json", "whoami")).defaultFormat())
			.isEqualTo(OutputFormat.JSON);
		assertThat(this.configuration.outputSettings(StartupOptions.parse("whoami")).defaultFormat())
			.isEqualTo(OutputFormat.TABLE);
	}

	@Test
	void yesAndDryRunApplyToTheWholeSession() {
		assertThat(this.configuration.sessionOptions(StartupOptions.parse("--yes", "--dry-run", "whoami")))
			.isEqualTo(new SessionOptions(true, true));
		assertThat(this.configuration.sessionOptions(StartupOptions.parse("whoami")))
			.isEqualTo(SessionOptions.defaults());
	}

	@Test
	void profileChoicesGoToTheProfileLayer() {
		assertThat(this.configuration
			.profileSettings(StartupOptions.parse("--credentials-file", "/tmp/c", "--profile", "prod", "whoami")))
			.isEqualTo(new ProfileSettings(Path.of("/tmp/c"), "prod"));
	}

}
