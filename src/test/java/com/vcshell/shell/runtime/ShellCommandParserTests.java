package com.vcshell.shell.runtime;

import java.lang.reflect.Method;
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
import org.springframework.shell.core.command.annotation.Argument;
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
			Command.builder().name("profile use").execute(NOTHING), Command.builder().name("help").execute(NOTHING),
			Command.builder().name("whoami").execute(NOTHING), Command.builder().name("users show").execute(NOTHING),
			Command.builder()
				.name("expiration report")
				.options(CommandOption.with().longName("within").type(Integer.class).build(),
						CommandOption.with().longName("json").type(boolean.class).build())
				.execute(NOTHING))));

	private final ExtendedDefaultParser lineParser = lineParser();

	private final CommandArguments arguments = arguments();

	private final ShellCommandParser parser = new ShellCommandParser(this.registry, this.lineParser, this.arguments);

	/**
	 * What the registry records: users show takes one argument, whoami and generate self
	 * none, help any number; the other commands are not known here.
	 */
	private static CommandArguments arguments() {
		CommandArguments arguments = new CommandArguments();
		for (Method method : Positionals.class.getDeclaredMethods()) {
			arguments.register(method.getName().replace('_', ' '), method);
		}
		arguments.registerWithoutArguments("whoami");
		arguments.registerWithoutArguments("generate self");
		arguments.registerAnyNumber("help", new CommandArguments.Positional(0, "<command>", "a command"));
		return arguments;
	}

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
	void anOptionGivenTwiceIsAUsageErrorWhateverTheSpelling() {
		assertThatThrownBy(() -> this.parser.parse("generate user bob --save-as a --save-as b"))
			.isInstanceOf(CommandLineException.class)
			.hasMessage("option --save-as is given more than once for 'generate user': give it once");
		assertThatThrownBy(() -> this.parser.parse("generate self --yes --save-as=a --yes"))
			.hasMessageContaining("option --yes is given more than once");
	}

	@Test
	void anEmptyOrBlankValueIsAUsageError() {
		for (String line : List.of("generate user bob --save-as ''", "generate user bob --save-as=",
				"generate user bob --save-as '   '", "expiration report --within ''")) {
			assertThatThrownBy(() -> this.parser.parse(line)).as(line)
				.isInstanceOf(CommandLineException.class)
				.hasMessageEndingWith("needs a value, not an empty one");
		}
	}

	@Test
	void aFlagTakesOnlyTrueOrFalse() {
		assertThat(this.parser.parse("generate self --yes=FALSE").options()).singleElement()
			.extracting(CommandOption::value)
			.isEqualTo("false");
		assertThatThrownBy(() -> this.parser.parse("generate self --yes=maybe"))
			.hasMessage("option --yes takes no value (or =true, =false), not 'maybe'");
	}

	@Test
	void aNumberIsWrittenInAsciiDigitsAndFitsItsType() {
		assertThat(this.parser.parse("expiration report --within 007").options()).singleElement()
			.extracting(CommandOption::value)
			.isEqualTo("007");
		assertThat(this.parser.parse("expiration report --within -3").options()).hasSize(1);
		for (String within : List.of("\uff17", "\u0663", "+3", "1e3", "3.0", "0x10", "3 ", "\u00b3")) {
			assertThatThrownBy(() -> this.parser.parse(List.of("expiration", "report", "--within", within))).as(within)
				.isInstanceOf(CommandLineException.class)
				.hasMessageContaining("option --within needs a whole number written with the digits 0-9");
		}
		assertThatThrownBy(() -> this.parser.parse("expiration report --within 2147483648"))
			.hasMessage("option --within needs a number from -2147483648 to 2147483647, not 2147483648");
		assertThatThrownBy(() -> this.parser.parse("expiration report --within " + "9".repeat(5000)))
			.hasMessageContaining("needs a number from")
			.hasMessageContaining("(5000 characters)");
	}

	@Test
	void moreArgumentsThanTheCommandTakesIsAUsageError() {
		assertThatThrownBy(() -> this.parser.parse("whoami extra")).isInstanceOf(CommandLineException.class)
			.hasMessage("'whoami' takes no arguments, but was given 'extra'");
		assertThatThrownBy(() -> this.parser.parse("generate self --yes now"))
			.hasMessage("'generate self' takes no arguments, but was given 'now'");
		assertThatThrownBy(() -> this.parser.parse("users show bob alice"))
			.hasMessage("'users show' takes one argument (users show <user>), but was given 2: 'bob' 'alice'");
		assertThatThrownBy(() -> this.parser.parse("users show -- bob --json"))
			.hasMessageContaining("but was given 2: 'bob' '--json'");
		assertThat(this.parser.parse("users show -- --bob").arguments()).extracting(CommandArgument::value)
			.containsExactly("--bob");
	}

	@Test
	void aCommandTakingAnyNumberOfWordsAndOneNotKnownHereAreNotCounted() {
		assertThat(this.parser.parse("help generate user").arguments()).hasSize(2);
		assertThat(this.parser.parse("generate user a b").arguments()).hasSize(2);
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

	/** Methods standing for commands with positional arguments ({@code _}: a space). */
	static class Positionals {

		void users_show(@Argument(index = 0, description = "the user") String user) {
		}

	}

}
