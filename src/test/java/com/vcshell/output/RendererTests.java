package com.vcshell.output;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

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
	void noColourOnStreamsThatAreNotATerminal() {
		assertThat(this.renderer.ansi().bold("x")).isEqualTo("x");
		assertThat(new Ansi(true).bold("x")).contains("\u001b[");
	}

}
