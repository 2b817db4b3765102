package com.vcshell.shell;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.stereotype.Component;

import com.vcshell.profile.ProfileException;
import com.vcshell.profile.ProfileManager;

/**
 * Completes the profile argument of {@code profile use} and {@code profile remove} from
 * the credentials file (plus {@code env} when the environment pair is set); the
 * {@value #EVERY_ARGUMENT} variant completes every argument ({@code profile check a b}).
 * A broken file completes nothing.
 */
@Component("profileNameCompletion")
class ProfileNameCompletion implements CompletionProvider {

	/** The bean name of the variant that completes every argument, not just the first. */
	static final String EVERY_ARGUMENT = "profileNamesCompletion";

	private final ProfileManager profiles;

	private final boolean everyArgument;

	@Autowired
	ProfileNameCompletion(ProfileManager profiles) {
		this(profiles, false);
	}

	ProfileNameCompletion(ProfileManager profiles, boolean everyArgument) {
		this.profiles = profiles;
		this.everyArgument = everyArgument;
	}

	@Override
	public List<CompletionProposal> apply(CompletionContext context) {
		boolean argument = this.everyArgument ? isArgument(context) : isFirstArgument(context);
		if (context.getCommandOption() != null || !argument) {
			return List.of();
		}
		try {
			return this.profiles.names().stream().map(CompletionProposal::new).toList();
		}
		catch (ProfileException ex) {
			return List.of();
		}
	}

	/** The cursor is on a word that is not an option (nor an option's value). */
	static boolean isArgument(CompletionContext context) {
		String current = context.currentWord();
		return current == null || !current.startsWith("-");
	}

	/** The cursor is on the first word after the command name that is not an option. */
	static boolean isFirstArgument(CompletionContext context) {
		String current = context.currentWord();
		if (current != null && current.startsWith("-")) {
			return false;
		}
		int start = (context.getCommand() != null) ? context.getCommand().getName().split(" ").length : 0;
		for (int i = start; i < context.getWordIndex() && i < context.getWords().size(); i++) {
			if (!context.getWords().get(i).startsWith("-")) {
				return false;
			}
		}
		return true;
	}

}
