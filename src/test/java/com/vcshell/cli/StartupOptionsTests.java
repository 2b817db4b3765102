package com.vcshell.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.vcshell.shell.runtime.CommandLineException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupOptionsTests {

	@Test
	void optionsBeforeTheCommandAreStartupOptionsTheRestIsTheCommand() {
		StartupOptions options = StartupOptions.parse("--profile", "prod", "--credentials-file=/tmp/c", "--json",
				"--yes", "--no-color", "users", "list", "--json");

		assertThat(options.profile()).isEqualTo("prod");
		assertThat(options.credentialsFile()).isEqualTo(Path.of("/tmp/c"));
		assertThat(options.json()).isTrue();
		assertThat(options.yes()).isTrue();
		assertThat(options.noColor()).isTrue();
		assertThat(options.command()).containsExactly("users", "list", "--json");
		assertThat(options.oneShot()).isTrue();
	}

	@Test
	void noArgumentsMeansInteractive() {
		StartupOptions options = StartupOptions.parse();

		assertThat(options.oneShot()).isFalse();
		assertThat(options).isEqualTo(StartupOptions.defaults());
	}

	@Test
	void versionIsTheVersionCommandAndTakesNoOther() {
		assertThat(StartupOptions.parse("--profile", "prod", "--version").command()).containsExactly("version");
		assertThat(StartupOptions.parse("--version").oneShot()).isTrue();
		assertThatThrownBy(() -> StartupOptions.parse("--version", "help")).isInstanceOf(CommandLineException.class)
			.hasMessage("--version takes no command");
	}

	@Test
	void emulatorOptions() {
		StartupOptions options = StartupOptions.parse("--emulator", "--port", "8123", "--credentials-out", "out.ini");

		assertThat(options.emulator()).isTrue();
		assertThat(options.port()).isEqualTo(8123);
		assertThat(options.credentialsOut()).isEqualTo(Path.of("out.ini"));
	}

	@Test
	void aTenantSizeIsForTheEmulatorAndTheDemoOnly() {
		assertThat(StartupOptions.parse("--emulator", "--tenant-size", "1000").emulatorTenantSize()).isEqualTo(1000);
		assertThat(StartupOptions.parse("--demo", "--tenant-size=30").emulatorTenantSize()).isEqualTo(30);
		assertThat(StartupOptions.parse("--emulator").emulatorTenantSize()).isEqualTo(30);
		assertThatThrownBy(() -> StartupOptions.parse("--tenant-size", "100", "help"))
			.isInstanceOf(CommandLineException.class)
			.hasMessage("--tenant-size sizes the emulator's tenant: give it with --emulator or --demo");
		for (String bad : new String[] { "29", "100001", "1e3", "" }) {
			assertThatThrownBy(() -> StartupOptions.parse("--emulator", "--tenant-size", bad)).as(bad)
				.isInstanceOf(CommandLineException.class)
				.hasMessage(
						"--tenant-size needs a number of API service accounts from 30 to 100000, not '" + bad + "'");
		}
	}

	@Test
	void mistakesAreUsageErrors() {
		assertThatThrownBy(() -> StartupOptions.parse("--bogus")).isInstanceOf(CommandLineException.class)
			.hasMessageContaining("unknown startup option --bogus");
		assertThatThrownBy(() -> StartupOptions.parse("--profile")).hasMessageContaining("--profile needs a value");
		assertThatThrownBy(() -> StartupOptions.parse("--yes=no")).hasMessageContaining("takes no value");
		assertThatThrownBy(() -> StartupOptions.parse("--port", "http")).hasMessageContaining("--port needs a number");
		assertThatThrownBy(() -> StartupOptions.parse("--script", "x", "help"))
			.hasMessageContaining("either --script FILE or a command");
	}

}
