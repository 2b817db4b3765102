package com.vcshell.output;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RendererTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final OutputSettings settings = new OutputSettings(OutputFormat.TABLE);

	private final Renderer renderer = new Renderer(this.settings, Streams.of(this.out, this.err),
			TerminalWidth.fixed(80));

	@Test
	void flagsWinOverTheSessionDefault() {
		this.settings.defaultFormat(OutputFormat.JSON);

		assertThat(this.renderer.format(false, false)).isEqualTo(OutputFormat.JSON);
		assertThat(this.renderer.format(false, true)).isEqualTo(OutputFormat.CSV);
		this.settings.defaultFormat(OutputFormat.TABLE);
		assertThat(this.renderer.format(true)).isEqualTo(OutputFormat.JSON);
		assertThat(this.renderer.format(false)).isEqualTo(OutputFormat.TABLE);
	}

	@Test
	void jsonAndCsvTogetherAreAUsageError() {
		assertThatExceptionOfType(ConflictingFormatsException.class).isThrownBy(() -> this.renderer.format(true, true));
	}

	@Test
	void jsonDoesNotBuildTheTable() {
		AtomicBoolean built = new AtomicBoolean();
		StringWriter buffer = new StringWriter();

		this.renderer.print(new PrintWriter(buffer), OutputFormat.JSON, Map.of("user_name", "alice"), () -> {
			built.set(true);
			return Table.of("x");
		});

		assertThat(built).isFalse();
		assertThat(buffer.toString()).contains("\"user_name\"");
	}

	@Test
	void tableAndCsvUseTheTableView() {
		StringWriter table = new StringWriter();
		StringWriter csv = new StringWriter();

		this.renderer.print(new PrintWriter(table), OutputFormat.TABLE, Map.of(), () -> Table.of("NAME").row("alice"));
		this.renderer.print(new PrintWriter(csv), OutputFormat.CSV, Map.of(), () -> Table.of("NAME").row("alice"));

		assertThat(table.toString().lines()).containsExactly("NAME", "alice");
		assertThat(csv.toString()).isEqualTo("NAME\r\nalice\r\n");
	}

	@Test
	void warningsGoToStderrOnly() {
		this.renderer.warning("the secret is shown once");

		assertThat(this.err.toString()).isEqualTo("warning: the secret is shown once" + System.lineSeparator());
		assertThat(this.out.toString()).isEmpty();
	}

	@Test
	void aTableOnAColouredTerminalHasBoldUnderlinedHeadersAndPlainCells() {
		StringWriter buffer = new StringWriter();
		Renderer coloured = new Renderer(this.settings,
				new Streams(new PrintWriter(this.out), new PrintWriter(this.err), true, true), TerminalWidth.fixed(80));

		coloured.print(new PrintWriter(buffer), OutputFormat.TABLE, Map.of(), () -> Table.of("NAME").row("alice"));

		List<String> lines = buffer.toString().lines().toList();
		assertThat(lines.get(0)).isEqualTo(new AttributedString("NAME", AttributedStyle.BOLD.underline()).toAnsi());
		assertThat(lines.get(1)).isEqualTo("alice");
	}

	@Test
	void noColourWhenTheStreamsSayNoneIsWanted() {
		StringWriter buffer = new StringWriter();
		Renderer plain = new Renderer(this.settings,
				new Streams(new PrintWriter(this.out), new PrintWriter(this.err), true, false),
				TerminalWidth.fixed(80));

		plain.print(new PrintWriter(buffer), OutputFormat.TABLE, Map.of(), () -> Table.of("NAME").row("alice"));

		assertThat(buffer.toString()).doesNotContain("\u001b").startsWith("NAME");
		assertThat(plain.ansi().bold("x")).isEqualTo("x");
	}

	@Test
	void colourOnlyAtATerminalAndNeverWithNoColorNoColourVariableOrADumbTerminal() {
		assertThat(Streams.colourWanted(Map.of("TERM", "xterm-256color"), false, true)).isTrue();
		assertThat(Streams.colourWanted(Map.of("TERM", "xterm-256color"), false, false)).as("not a terminal").isFalse();
		assertThat(Streams.colourWanted(Map.of("TERM", "xterm-256color"), true, true)).as("--no-color").isFalse();
		assertThat(Streams.colourWanted(Map.of("TERM", "xterm", "NO_COLOR", ""), false, true)).as("NO_COLOR").isFalse();
		assertThat(Streams.colourWanted(Map.of("TERM", "dumb"), false, true)).as("TERM=dumb").isFalse();
	}

}
