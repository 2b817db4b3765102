package com.vcshell.shell;

import java.util.List;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.stereotype.Component;

import com.vcshell.output.OutputFormat;
import com.vcshell.output.OutputSettings;
import com.vcshell.shell.runtime.CommandLineException;

/** {@code format json|table}: the session's default output format. */
@Component
public class FormatCommands {

	static final List<OutputFormat> SESSION_FORMATS = List.of(OutputFormat.JSON, OutputFormat.TABLE);

	private final OutputSettings settings;

	public FormatCommands(OutputSettings settings) {
		this.settings = settings;
	}

	@Command(name = "format", description = "Show or set the session's default output format: json or table",
			group = "Output", completionProvider = "formatCompletionProvider")
	public String format(
			@Argument(index = 0, description = "json or table (omit to show the current one)") String format) {
		if (format != null && !format.isBlank()) {
			this.settings.defaultFormat(OutputFormat.named(format)
				.filter(SESSION_FORMATS::contains)
				.orElseThrow(
						() -> new CommandLineException("unknown output format '" + format + "': use json or table")));
		}
		return "output format: " + this.settings.defaultFormat().displayName();
	}

	/** Completes the format names for the first argument. */
	@Component("formatCompletionProvider")
	static class FormatCompletionProvider implements CompletionProvider {

		@Override
		public List<CompletionProposal> apply(CompletionContext context) {
			if (context.getWordIndex() != 1) {
				return List.of();
			}
			return SESSION_FORMATS.stream().map(format -> new CompletionProposal(format.displayName())).toList();
		}

	}

}
