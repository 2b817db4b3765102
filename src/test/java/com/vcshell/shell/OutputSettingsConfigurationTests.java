package com.vcshell.shell;

import org.junit.jupiter.api.Test;

import com.vcshell.output.ConflictingFormatsException;
import com.vcshell.output.OutputFormat;

import static org.assertj.core.api.Assertions.assertThat;

class OutputSettingsConfigurationTests {

	private final ShellConfiguration configuration = new ShellConfiguration();

	@Test
	void jsonStartupOptionMakesJsonTheDefault() {
		assertThat(this.configuration.outputSettings(StartupOptions.parse("--json", "whoami")).defaultFormat())
			.isEqualTo(OutputFormat.JSON);
		assertThat(this.configuration.outputSettings(StartupOptions.parse("whoami")).defaultFormat())
			.isEqualTo(OutputFormat.TABLE);
	}

	@Test
	void jsonWithCsvMapsToExitCode2() {
		assertThat(new ShellExceptionMapper().map(new ConflictingFormatsException()).code()).isEqualTo(ExitCodes.USAGE);
	}

}
