package com.vcshell.output;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRendererTests {

	@Test
	void headerRowThenRecordsWithRfc4180Quoting() {
		// given
		Table table = Table.of("name", "note", "days")
			.row("alice", "plain", 12)
			.row("bob, jr", "says \"hi\"", null)
			.row("carol", "two\nlines", -3);
		// when
		StringWriter buffer = new StringWriter();
		new CsvRenderer().write(table, new PrintWriter(buffer));
		// then
		assertThat(buffer.toString()).isEqualTo("name,note,days\r\n" + "alice,plain,12\r\n"
				+ "\"bob, jr\",\"says \"\"hi\"\"\",\r\n" + "carol,\"two\nlines\",-3\r\n");
	}

	@Test
	void emptyTableIsJustTheHeader() {
		StringWriter buffer = new StringWriter();
		new CsvRenderer().write(Table.of("a", "b"), new PrintWriter(buffer));

		assertThat(buffer.toString()).isEqualTo("a,b\r\n");
	}

	@Test
	void keysAreMaskedUnlessUnmaskedAndControlCharactersEscaped() {
		String apiId = "3ddaeeb10ca690df3fee5e3bd1c329fa";
		Table table = Table.of("name", "api_id").row("evil\u001b]0;x\u0007" + "cd".repeat(20), Unmasked.apiId(apiId));
		StringWriter buffer = new StringWriter();

		new CsvRenderer().write(table, new PrintWriter(buffer));

		assertThat(buffer.toString()).isEqualTo("name,api_id\r\n" + "evil\\u001B]0;x\\u0007****cdcd," + apiId + "\r\n");
	}

}
