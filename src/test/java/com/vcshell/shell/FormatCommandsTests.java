package com.vcshell.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;

import com.vcshell.output.OutputFormat;
import com.vcshell.output.OutputSettings;
import com.vcshell.shell.runtime.NoTerminalInput;
import com.vcshell.shell.runtime.CommandRunner;
import com.vcshell.cli.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = { "vcshell.runner.enabled=false", "spring.shell.interactive.enabled=false" })
class FormatCommandsTests {

	@Autowired
	CommandRunner runner;

	@Autowired
	OutputSettings settings;

	@Autowired
	CommandRegistry registry;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@AfterEach
	void restoreDefault() {
		this.settings.defaultFormat(OutputFormat.TABLE);
	}

	@Test
	void formatAlonePrintsTheCurrentDefault() {
		int code = run("format");

		assertThat(code).isZero();
		assertThat(this.out.toString()).isEqualTo("output format: table" + System.lineSeparator());
	}

	@Test
	void formatJsonSetsTheSessionDefault() {
		int code = run("format json");

		assertThat(code).isZero();
		assertThat(this.settings.defaultFormat()).isEqualTo(OutputFormat.JSON);
		assertThat(this.out.toString()).contains("output format: json");
		assertThat(run("format TABLE")).isZero();
		assertThat(this.settings.defaultFormat()).isEqualTo(OutputFormat.TABLE);
	}

	@Test
	void anUnknownFormatIsAUsageError() {
		int code = run("format yaml");

		assertThat(code).isEqualTo(ExitCodes.USAGE);
		assertThat(this.err.toString()).startsWith("error: unknown output format 'yaml': use json or table");
		assertThat(this.settings.defaultFormat()).isEqualTo(OutputFormat.TABLE);
	}

	@Test
	void csvIsNotASessionDefault() {
		assertThat(run("format csv")).isEqualTo(ExitCodes.USAGE);
	}

	@Test
	void completionOffersTheTwoFormats() {
		var command = this.registry.getCommandByName("format");

		List<String> values = command.getCompletionProvider()
			.apply(new CompletionContext(List.of("format", ""), 1, 0, command, null))
			.stream()
			.map(CompletionProposal::value)
			.toList();

		assertThat(values).containsExactlyInAnyOrder("json", "table");
	}

	private int run(String line) {
		return this.runner.run(line, new PrintWriter(this.out, true), new PrintWriter(this.err, true),
				NoTerminalInput.INSTANCE);
	}

}
