package com.vcshell.shell.runtime;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.shell.jline.ExtendedDefaultParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShellCommandParserTests {

	private static final Consumer<CommandContext> NOTHING = ctx -> {
	};

	private final CommandRegistry registry = new CommandRegistry(new java.util.HashSet<>(Set.of(
			Command.builder()
				.name("generate self")
				.options(CommandOption.with().longName("yes").type(boolean.class).build(),
						CommandOption.with().longName("save-as").type(String.class).build())
				.execute(NOTHING),
			Command.builder()
				.name("generate user")
				.options(CommandOption.with().longName("save-as").type(String.class).build())
				.execute(NOTHING),
			Command.builder().name("profile use").execute(NOTHING), Command.builder().name("help").execute(NOTHING))));

	private final ExtendedDefaultParser lineParser = lineParser();

	private final ShellCommandParser parser = new ShellCommandParser(this.registry, this.lineParser);

	/** The line reader's parser as Spring Shell configures it. */
	private static ExtendedDefaultParser lineParser() {
		ExtendedDefaultParser parser = new ExtendedDefaultParser();
		parser.setEofOnUnclosedQuote(true);
		parser.setEofOnEscapedNewLine(true);
		return parser;
	}

	@Test
	void aBooleanFlagOfASubCommandNeedsNoValue() {
		ParsedInput parsed = this.parser.parse("generate self --yes --save-as prod");

		assertThat(parsed.commandName()).isEqualTo("generate");
		assertThat(parsed.subCommands()).containsExactly("self");
		assertThat(parsed.options()).extracting(CommandOption::longName, CommandOption::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("yes", "true"),
					org.assertj.core.groups.Tuple.tuple("save-as", "prod"));
	}

	@Test
	void aPartialWordIsAnArgumentNotASubCommand() {
		ParsedInput parsed = this.parser.parse("profile u");

		assertThat(parsed.subCommands()).isEmpty();
		assertThat(parsed.arguments()).extracting(CommandArgument::value).containsExactly("u");
	}

	@Test
	void quotesGroupWordsAndExtraSpacesAreIgnored() {
		ParsedInput parsed = this.parser.parse("  generate   user  'svc account' \"x \\\"y\\\"\" ");

		assertThat(parsed.subCommands()).containsExactly("user");
		assertThat(parsed.arguments()).extracting(CommandArgument::value).containsExactly("svc account", "x \"y\"");
	}

	@Test
	void helpWorksAfterASubCommand() {
		ParsedInput parsed = this.parser.parse("generate self --help");

		assertThat(parsed.options()).singleElement().extracting(CommandOption::longName).isEqualTo("help");
	}

	@Test
	void anUnknownOptionIsAUsageErrorNamingTheKnownOnes() {
		assertThatThrownBy(() -> this.parser.parse("generate self --force")).isInstanceOf(CommandLineException.class)
			.hasMessageContaining("unknown option --force for 'generate self'")
			.hasMessageContaining("--yes")
			.hasMessageContaining("--save-as");
	}

	@Test
	void aValueOptionWithoutValueIsAUsageError() {
		assertThatThrownBy(() -> this.parser.parse("generate self --save-as")).isInstanceOf(CommandLineException.class)
			.hasMessageContaining("--save-as needs a value");
	}

	@Test
	void anUnclosedQuoteIsAUsageError() {
		assertThatThrownBy(() -> this.parser.parse("generate user 'abc")).isInstanceOf(CommandLineException.class)
			.hasMessageContaining("unclosed single quote");
	}

	@Test
	void aLineRunsWithTheWordsCompletionSaw() {
		String line = "generate user 'svc account' --save-as \"my profile\" back\\ slash";

		List<String> completed = this.lineParser.parse(line, line.length(), Parser.ParseContext.COMPLETE).words();
		ParsedInput parsed = this.parser.parse(line);

		assertThat(parsed.arguments()).extracting(CommandArgument::value)
			.containsExactly("svc account", "back slash")
			.containsExactlyElementsOf(List.of(completed.get(2), completed.get(5)));
		assertThat(parsed.options()).singleElement().extracting(CommandOption::value).isEqualTo(completed.get(4));
	}

	@Test
	void aQuotedEmptyWordIsAnArgumentAndTrailingSpaceIsNot() {
		assertThat(this.parser.parse("profile use '' ").arguments()).extracting(CommandArgument::value)
			.containsExactly("");
		assertThat(this.parser.parse("profile use x   ").arguments()).extracting(CommandArgument::value)
			.containsExactly("x");
	}

	@Test
	void anEmptyLineIsAUsageError() {
		assertThatThrownBy(() -> this.parser.parse("   ")).isInstanceOf(CommandLineException.class)
			.hasMessage("empty command");
	}

	@Test
	void aCommandGivenAsWordsIsNotSplitAgain() {
		ParsedInput parsed = this.parser.parse(List.of("generate", "user", "it's a \"name\""));

		assertThat(parsed.arguments()).extracting(CommandArgument::value).containsExactly("it's a \"name\"");
	}

	@Test
	void suggestsTheClosestCommand() {
		CommandSuggester suggester = new CommandSuggester(this.registry);

		assertThat(suggester.unknownCommand("generat self")).contains("did you mean 'generate self'?");
		assertThat(suggester.unknownCommand("hlep")).contains("did you mean 'help'?");
		assertThat(suggester.unknownCommand("frobnicate")).doesNotContain("did you mean");
	}

}
