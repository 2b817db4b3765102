package com.vcshell.shell.runtime;

import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.jline.CommandCompleter;
import org.springframework.stereotype.Component;

/**
 * Spring Shell's completer, plus what 4.0.1 misses: a partly typed argument
 * ({@code profile use st<TAB>}) or an option value after an argument
 * ({@code generate user bob --save-as p<TAB>}). When the words before the cursor start
 * with a command name, the command's completion provider is asked; JLine then filters by
 * what is typed. Its auto-configured twin backs off for this bean.
 * <p>
 * Workaround: spring-shell#1346 (partial positional arguments do not complete), fixed in
 * 4.0.3. Delete when Spring Shell ≥ 4.0.3 can be used.
 */
@Component
public class VcshellCompleter extends CommandCompleter {

	private final CommandRegistry registry;

	public VcshellCompleter(CommandRegistry registry) {
		super(registry);
		this.registry = registry;
	}

	@Override
	public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
		List<String> words = line.words();
		Command command = stockCompletes(words) ? null : commandBefore(words, line.wordIndex());
		if (command == null) {
			super.complete(reader, line, candidates);
			return;
		}
		String current = (line.wordIndex() < words.size()) ? words.get(line.wordIndex()) : "";
		String previous = (line.wordIndex() > 0) ? words.get(line.wordIndex() - 1) : "";
		CommandOption option = optionTakingValue(command, previous, current);
		if (option == null && current.startsWith("-")) {
			for (CommandOption candidate : command.getOptions()) {
				if (candidate.longName() != null && !words.contains("--" + candidate.longName())) {
					candidates.add(new Candidate("--" + candidate.longName()));
				}
			}
		}
		CompletionContext context = new CompletionContext(words, line.wordIndex(), line.wordCursor(), command, option);
		for (CompletionProposal proposal : command.getCompletionProvider().apply(context)) {
			candidates.add(new Candidate(proposal.value(), proposal.displayText(), proposal.category(),
					proposal.description(), null, null, proposal.complete(), 0));
		}
	}

	/**
	 * Whether the stock completer finds the command: all words before the first option
	 * name it, and more was typed after it.
	 */
	private boolean stockCompletes(List<String> words) {
		StringBuilder name = new StringBuilder();
		for (String word : words) {
			if (word.startsWith("-")) {
				break;
			}
			name.append(word).append(' ');
		}
		Command command = this.registry.getCommandByName(name.toString().trim());
		return command != null && !command.getName().equals(String.join(" ", words));
	}

	/** The longest run of leading words before the cursor word that names a command. */
	private Command commandBefore(List<String> words, int cursorWord) {
		for (int end = Math.min(cursorWord, words.size()); end > 0; end--) {
			List<String> head = words.subList(0, end);
			if (head.stream().noneMatch(word -> word.startsWith("-"))) {
				Command command = this.registry.getCommandByName(String.join(" ", head));
				if (command != null) {
					return command;
				}
			}
		}
		return null;
	}

	/**
	 * The option whose value is being typed: {@code --opt <TAB>} or {@code --opt=x<TAB>}.
	 */
	private static CommandOption optionTakingValue(Command command, String previous, String current) {
		for (CommandOption option : command.getOptions()) {
			if (!ShellCommandParser.isFlag(option) && option.isOptionEqual(previous)) {
				return option;
			}
			if (option.longName() != null && current.startsWith("--" + option.longName() + "=")) {
				return option;
			}
		}
		return null;
	}

}
