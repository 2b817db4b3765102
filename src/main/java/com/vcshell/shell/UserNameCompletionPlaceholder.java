package com.vcshell.shell;

import java.util.List;

import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.stereotype.Component;

/**
 * Placeholder for the {@code userNameCompletion} bean of the read-only commands' branch,
 * so {@code generate user} and {@code revoke user} can name it; completes nothing. Delete
 * it when merging that branch.
 */
@Component("userNameCompletion")
class UserNameCompletionPlaceholder implements CompletionProvider {

	@Override
	public List<CompletionProposal> apply(CompletionContext context) {
		return List.of();
	}

}
