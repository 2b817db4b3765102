package com.vcshell.output;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vcshell.auth.Masking;

import static org.assertj.core.api.Assertions.assertThat;

class TableRendererTests {

	private final TableRenderer renderer = new TableRenderer("…");

	@Test
	void columnsAreAlignedWithoutTrailingSpaces() {
		// given
		Table table = Table.of("NAME", "TYPE", "EXPIRES")
			.row("alice", "api", "2026-01-02")
			.row("bob-the-builder", "user", null);
		// when
		List<String> lines = render(table, 120, false);
		// then
		assertThat(lines).containsExactly("NAME             TYPE  EXPIRES", "alice            api   2026-01-02",
				"bob-the-builder  user");
	}

	@Test
	void widestColumnShrinksWithAnEllipsisToFitTheWidth() {
		// given
		String longName = "a-very-long-service-account-name-that-does-not-fit";
		Table table = Table.of("ID", "NAME", "STATUS").row("1", longName, "valid");
		// when
		List<String> lines = render(table, 30, false);
		// then
		assertThat(lines).allSatisfy(line -> assertThat(TableRenderer.columns(line)).isLessThanOrEqualTo(30));
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).startsWith("1   a-very-long").contains("…").endsWith("valid");
		assertThat(lines.get(0).indexOf("STATUS")).isEqualTo(lines.get(1).indexOf("valid"));
	}

	@Test
	void rowIsNeverWrappedEvenWhenTheColumnsCannotShrinkFurther() {
		Table table = Table.of("A", "B", "C").row("aaaaaa", "bbbbbb", "cccccc");

		List<String> lines = render(table, 5, false);

		assertThat(lines).containsExactly("A    B    C", "aa…  bb…  cc…");
	}

	@Test
	void noAnsiCodesWhenColourIsOff() {
		Table table = Table.of("NAME").row("alice");

		String text = String.join("\n", render(table, 80, false));

		assertThat(text).doesNotContain("\u001b");
	}

	@Test
	void headerIsBoldAndUnderlinedWhenColourIsOn() {
		Table table = Table.of("NAME", "TYPE").row("alice", "api");

		List<String> lines = render(table, 80, true);

		assertThat(lines.get(0)).contains("\u001b[").contains("NAME");
		assertThat(lines.get(1)).isEqualTo("alice  api");
	}

	@Test
	void emptyTableSaysThereAreNoResults() {
		assertThat(render(Table.of("NAME", "TYPE"), 80, false)).containsExactly("no results");
	}

	@Test
	void detailsAreKeyValueLines() {
		Table details = Table.details().field("user name", "alice").field("id", "42").field("roles", null);

		assertThat(render(details, 80, false)).containsExactly("user name  alice", "id         42", "roles");
	}

	@Test
	void longDetailValuesAreCutToTheWidth() {
		Table details = Table.details().field("key", "x".repeat(100));

		List<String> lines = render(details, 20, false);

		assertThat(lines).containsExactly("key  " + "x".repeat(14) + "…");
	}

	@Test
	void controlCharactersInDataCannotReachTheTerminal() {
		Table table = Table.of("NAME").row("evil\u001b[2Jname\nnext");

		List<String> lines = render(table, 80, false);

		assertThat(lines).containsExactly("NAME", "evil?[2Jname next");
	}

	@Test
	void maskedSecretsStayMaskedInTables() {
		String secret = "f".repeat(124) + "1234";
		Table table = Table.details().field("api key secret", Masking.mask(secret));

		String text = String.join("\n", render(table, 200, false));

		assertThat(text).contains("****1234").doesNotContain(secret);
	}

	@Test
	void aKeyInAnyCellIsMaskedButAnUnmaskedApiIdIsShownInFull() {
		String secret = "ab".repeat(62) + "9f3e";
		String apiId = "3ddaeeb10ca690df3fee5e3bd1c329fa";
		Table table = Table.of("NAME", "API ID").row(secret, Unmasked.apiId(apiId)).row("vera01es-" + secret, apiId);

		List<String> lines = render(table, 200, false);

		assertThat(lines).containsExactly("NAME      API ID", "****9f3e  " + apiId, "****9f3e  ****29fa");
	}

	@Test
	void bidiOverridesCannotReorderARow() {
		Table table = Table.of("NAME").row("admin‮gnp.exe");

		assertThat(render(table, 80, false)).containsExactly("NAME", "admin?gnp.exe");
	}

	private List<String> render(Table table, int width, boolean colour) {
		StringWriter buffer = new StringWriter();
		this.renderer.render(table, width, new Ansi(colour), new PrintWriter(buffer));
		return buffer.toString().lines().toList();
	}

}
