package com.vcshell.cli;

import java.nio.file.Path;
import java.util.List;

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

	@Test
	void anOptionGivenTwiceIsAUsageError() {
		assertThatThrownBy(() -> StartupOptions.parse("--profile", "a", "--profile=b", "whoami"))
			.isInstanceOf(CommandLineException.class)
			.hasMessage("startup option --profile is given more than once: give it once");
		assertThatThrownBy(() -> StartupOptions.parse("--json", "--json", "whoami"))
			.hasMessageContaining("--json is given more than once");
	}

	@Test
	void anEmptyValueIsAUsageError() {
		for (String[] args : new String[][] { { "--profile=", "whoami" }, { "--profile", " ", "whoami" },
				{ "--credentials-file", "", "whoami" }, { "--script", "" }, { "--script=" },
				{ "--emulator", "--credentials-out", "" } }) {
			assertThatThrownBy(() -> StartupOptions.parse(args)).as(String.join(" ", args))
				.isInstanceOf(CommandLineException.class)
				.hasMessageEndingWith("needs a value, not an empty one");
		}
	}

	@Test
	void aPortIsWrittenInAsciiDigits() {
		assertThat(StartupOptions.parse("--emulator", "--port", "0").port()).isZero();
		for (String port : List.of("\uff18\uff10", "+80", "65536", "-1", "080800")) {
			assertThatThrownBy(() -> StartupOptions.parse("--emulator", "--port", port)).as(port)
				.hasMessageContaining("--port needs a number from 0 to 65535");
		}
	}

	@Test
	void contradictoryOptionsAreUsageErrors() {
		assertThatThrownBy(() -> StartupOptions.parse("--demo", "--emulator"))
			.hasMessage("--emulator runs only the emulator, without a shell: it cannot be combined with --demo");
		assertThatThrownBy(() -> StartupOptions.parse("--emulator", "--demo"))
			.hasMessageContaining("cannot be combined with --demo");
		assertThatThrownBy(() -> StartupOptions.parse("--emulator", "whoami"))
			.hasMessageContaining("it takes no command");
		assertThatThrownBy(() -> StartupOptions.parse("--emulator", "--script", "x"))
			.hasMessageContaining("cannot be combined with --script");
		assertThatThrownBy(() -> StartupOptions.parse("--emulator", "--profile", "p"))
			.hasMessageContaining("cannot be combined with --profile");
		assertThatThrownBy(() -> StartupOptions.parse("--port", "8080", "whoami"))
			.hasMessage("--port is an option of --emulator; it means nothing without it");
		assertThatThrownBy(() -> StartupOptions.parse("--demo", "--credentials-out", "x"))
			.hasMessageContaining("--credentials-out is an option of --emulator");
		assertThatThrownBy(() -> StartupOptions.parse("--demo", "--credentials-file", "x"))
			.hasMessageContaining("--demo uses its own temporary credentials file");
		assertThatThrownBy(() -> StartupOptions.parse("--continue-on-error", "whoami"))
			.hasMessageContaining("--continue-on-error is for scripts");
		assertThatThrownBy(() -> StartupOptions.parse("--emulator", "--version"))
			.hasMessageContaining("cannot be combined with --version");
		assertThatThrownBy(() -> StartupOptions.parse("--version", "--script", "x"))
			.hasMessage("--version takes no command");
	}

	@Test
	void compatibleOptionsStillGoTogether() {
		assertThat(StartupOptions.parse("--demo", "--profile", "demo-readonly", "--json", "--no-color").demo())
			.isTrue();
		assertThat(StartupOptions.parse("--emulator", "--debug", "--no-color", "--port", "1").emulator()).isTrue();
		assertThat(StartupOptions.parse("--continue-on-error", "--script", "x").continueOnError()).isTrue();
		assertThat(StartupOptions.parse("--continue-on-error").continueOnError()).isTrue();
	}

}
