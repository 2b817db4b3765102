package com.vcshell.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.shell.runtime.ShellHistory;
import com.vcshell.vault.VcshellHome;

import static org.assertj.core.api.Assertions.assertThat;

/** The interactive shell's history warning, which quotes a path the user chose. */
class ShellApplicationRunnerTests {

	@TempDir
	Path temp;

	@Test
	void theHistoryWarningShowsTheControlCharactersOfItsPathAsEscapes() throws IOException {
		Path home = Files.writeString(this.temp.resolve("home\u001B[2J\nwarning: forged"), "a file, not a folder");
		ShellHistory history = new ShellHistory(new VcshellHome(home));
		StringWriter err = new StringWriter();

		try (Terminal terminal = TerminalBuilder.builder()
			.dumb(true)
			.streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())
			.build()) {
			LineReader reader = LineReaderBuilder.builder().terminal(terminal).history(history).build();
			ShellApplicationRunner.keepHistory(history, reader, new PrintWriter(err));
		}

		String shown = this.temp + "/home\\u001B[2J\\nwarning: forged/history";
		assertThat(err.toString().lines()).singleElement()
			.asString()
			.startsWith("warning: history will not be kept in " + shown + ": ")
			.doesNotContain("\u001B");
	}

}
