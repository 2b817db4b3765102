package com.vcshell.shell.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionProposal;

import static org.assertj.core.api.Assertions.assertThat;

/** Completion of partly typed arguments, which stock 4.0.1 misses. */
class VcshellCompleterTests {

	private final CommandRegistry registry = new CommandRegistry(Set.of(
			Command.builder()
				.name("profile use")
				.completionProvider(ctx -> List.of(new CompletionProposal("staging"), new CompletionProposal("prod")))
				.execute(ctx -> "ok"),
			Command.builder()
				.name("generate user")
				.options(CommandOption.with().longName("save-as").type(String.class).build(),
						CommandOption.with().longName("yes").type(boolean.class).build())
				.completionProvider(ctx -> (ctx.getCommandOption() != null)
						? List.of(new CompletionProposal("profile-" + ctx.getCommandOption().longName()))
						: List.of(new CompletionProposal("alice"), new CompletionProposal("bob")))
				.execute(ctx -> "ok"),
			Command.builder().name("profile list").execute(ctx -> "ok")));

	private List<String> complete(String line) {
		ParsedLine parsed = new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE);
		List<Candidate> candidates = new ArrayList<>();
		new VcshellCompleter(this.registry).complete(null, parsed, candidates);
		return candidates.stream().map(Candidate::value).toList();
	}

	@Test
	void completesAPartlyTypedArgument() {
		assertThat(complete("profile use st")).contains("staging");
		assertThat(complete("generate user al")).contains("alice");
	}

	@Test
	void stillCompletesAnEmptyArgumentAndCommandNames() {
		assertThat(complete("profile use ")).contains("staging", "prod");
		assertThat(complete("profile u")).contains("use");
		assertThat(complete("prof")).contains("profile use", "profile list");
	}

	@Test
	void completesOptionValuesAndNamesAfterAnArgument() {
		assertThat(complete("generate user bob --save-as p")).containsExactly("profile-save-as");
		assertThat(complete("generate user bob --")).contains("--save-as", "--yes");
		assertThat(complete("generate user bob --yes al")).contains("alice");
	}

}
