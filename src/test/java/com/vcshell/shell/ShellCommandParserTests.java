package com.vcshell.shell;

import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

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
			Command.builder().name("generate user").execute(NOTHING),
			Command.builder().name("profile use").execute(NOTHING), Command.builder().name("help").execute(NOTHING))));

	private final ShellCommandParser parser = new ShellCommandParser(this.registry);

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
		assertThatThrownBy(() -> this.parser.parse("generate self --force")).isInstanceOf(UsageException.class)
			.hasMessageContaining("unknown option --force for 'generate self'")
			.hasMessageContaining("--yes")
			.hasMessageContaining("--save-as");
	}

	@Test
	void aValueOptionWithoutValueIsAUsageError() {
		assertThatThrownBy(() -> this.parser.parse("generate self --save-as")).isInstanceOf(UsageException.class)
			.hasMessageContaining("--save-as needs a value");
	}

	@Test
	void anUnclosedQuoteIsAUsageError() {
		assertThatThrownBy(() -> this.parser.parse("generate user 'abc")).isInstanceOf(UsageException.class)
			.hasMessageContaining("unclosed single quote");
	}

	@Test
	void quotingForTheCommandLineRoundTrips() {
		for (String word : new String[] { "plain", "two words", "it's", "a\"b", "back\\slash", "" }) {
			assertThat(LineTokenizer.tokenize("x " + LineTokenizer.quote(word))).containsExactly("x", word);
		}
	}

	@Test
	void suggestsTheClosestCommand() {
		CommandSuggester suggester = new CommandSuggester(this.registry);

		assertThat(suggester.unknownCommand("generat self")).contains("did you mean 'generate self'?");
		assertThat(suggester.unknownCommand("hlep")).contains("did you mean 'help'?");
		assertThat(suggester.unknownCommand("frobnicate")).doesNotContain("did you mean");
	}

}
