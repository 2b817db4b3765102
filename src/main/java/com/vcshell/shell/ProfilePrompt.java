package com.vcshell.shell;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

import com.vcshell.output.Neutralise;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.Profile;

/**
 * The prompt says where commands go: {@code vcshell[prod@eu]> },
 * {@code vcshell[prod@eu REVOKED]> } after {@code revoke self},
 * {@code vcshell[no profile]> } when none could be loaded. Asked before every line, so it
 * follows {@code profile use}. The name is shown as every message shows it
 * ({@link Neutralise#message}), although a profile vcshell uses has neither a control
 * character nor anything like a key in its name.
 */
@Component("promptProvider")
class ProfilePrompt implements PromptProvider {

	private static final AttributedStyle STYLE = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);

	private final ActiveProfile active;

	ProfilePrompt(ActiveProfile active) {
		this.active = active;
	}

	@Override
	public AttributedString getPrompt() {
		AttributedStringBuilder prompt = new AttributedStringBuilder().style(STYLE).append("vcshell[");
		Profile profile = this.active.current().orElse(null);
		if (profile == null) {
			prompt.append("no profile");
		}
		else {
			prompt.append(Neutralise.message(profile.name() + "@" + profile.regionLabel()));
			if (this.active.revoked()) {
				prompt.append(" ").style(AttributedStyle.BOLD.foreground(AttributedStyle.RED)).append("REVOKED");
			}
		}
		return prompt.style(STYLE).append("]> ").toAttributedString();
	}

	/** The prompt as plain text, for tests and dumb terminals. */
	String text() {
		return getPrompt().toString();
	}

}
