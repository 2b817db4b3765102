package com.vcshell.shell;

import java.util.List;

import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.stereotype.Component;

import com.vcshell.profile.ProfileException;
import com.vcshell.profile.ProfileManager;

/**
 * Completes the profile argument of {@code profile use} and {@code profile remove} from
 * the credentials file (plus {@code env} when the environment pair is set). A broken file
 * completes nothing.
 */
@Component("profileNameCompletion")
class ProfileNameCompletion implements CompletionProvider {

	private final ProfileManager profiles;

	ProfileNameCompletion(ProfileManager profiles) {
		this.profiles = profiles;
	}

	@Override
	public List<CompletionProposal> apply(CompletionContext context) {
		if (context.getCommandOption() != null || !isFirstArgument(context)) {
			return List.of();
		}
		try {
			return this.profiles.names().stream().map(CompletionProposal::new).toList();
		}
		catch (ProfileException ex) {
			return List.of();
		}
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
