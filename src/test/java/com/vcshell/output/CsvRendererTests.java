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

}
