package com.vcshell.shell;

import java.util.function.Supplier;

import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

import com.vcshell.admin.SessionOptions;
import com.vcshell.admin.check.KeyCheck;
import com.vcshell.admin.check.KeyStatus;
import com.vcshell.output.Streams;
import com.vcshell.output.Neutralise;
import com.vcshell.profile.ActiveProfile;
import com.vcshell.profile.Profile;

/**
 * The prompt says where commands go, and the state of the key when it matters:
 * {@code vcshell[prod@eu]> }; {@code vcshell[prod@eu 12d]> } (yellow) when fewer than 30
 * days are left; {@code vcshell[prod@eu EXPIRED]> } (red);
 * {@code vcshell[prod@eu REVOKED]> } after {@code revoke self};
 * {@code vcshell[no profile]> } when none could be loaded;
 * {@code vcshell[DEMO demo@127.0.0.1]> } on the demo tenant. Plain text when output is
 * not coloured.
 * <p>
 * Asked before every line, so it follows {@code profile use}. The key's state comes from
 * {@link PromptExpiry}, after the prompt is shown: when it arrives while the user sits at
 * the prompt, the prompt is redrawn in place ({@link PromptRedraw}). The name is shown as
 * every message shows it ({@link Neutralise#message}), although a profile vcshell uses
 * has neither a control character nor anything like a key in its name.
 */
@Component("promptProvider")
class ProfilePrompt implements PromptProvider {

	private static final AttributedStyle FRAME = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);

	private static final AttributedStyle WARNING = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);

	private static final AttributedStyle ALARM = AttributedStyle.BOLD.foreground(AttributedStyle.RED);

	private final ActiveProfile active;

	private final PromptExpiry expiry;

	private final boolean demo;

	private final boolean colour;

	private final PromptRedraw redraw;

	ProfilePrompt(ActiveProfile active, PromptExpiry expiry, SessionOptions session, Streams streams,
			ObjectProvider<LineReader> reader) {
		this.active = active;
		this.expiry = expiry;
		this.demo = session.demo();
		this.colour = streams.colour();
		this.redraw = new PromptRedraw(reader::getIfAvailable);
		expiry.onLookup(() -> this.redraw.redraw(this::render));
	}

	/** Called by the interactive loop before it reads a line. */
	@Override
	public AttributedString getPrompt() {
		this.redraw.prepare();
		return render();
	}

	/** The prompt as it stands now. */
	AttributedString render() {
		AttributedStringBuilder prompt = new AttributedStringBuilder();
		frame(prompt, "vcshell[");
		if (this.demo) {
			styled(prompt, AttributedStyle.BOLD, "DEMO");
			frame(prompt, " ");
		}
		Profile profile = this.active.current().orElse(null);
		if (profile == null) {
			frame(prompt, "no profile");
		}
		else {
			frame(prompt, Neutralise.message(profile.name() + "@" + profile.regionLabel()));
			state(prompt, profile);
		}
		frame(prompt, "]> ");
		return prompt.toAttributedString();
	}

	private void state(AttributedStringBuilder prompt, Profile profile) {
		if (this.active.revoked()) {
			frame(prompt, " ");
			styled(prompt, ALARM, "REVOKED");
			return;
		}
		KeyCheck check = this.expiry.state(profile).orElse(null);
		if (check == null) {
			return;
		}
		if (check.status() == KeyStatus.EXPIRED) {
			frame(prompt, " ");
			styled(prompt, ALARM, "EXPIRED");
		}
		else if (check.status() == KeyStatus.EXPIRING && check.daysLeft() != null) {
			frame(prompt, " ");
			styled(prompt, WARNING, check.daysLeft() + "d");
		}
	}

	private void frame(AttributedStringBuilder prompt, String text) {
		styled(prompt, FRAME, text);
	}

	private void styled(AttributedStringBuilder prompt, AttributedStyle style, String text) {
		prompt.style(this.colour ? style : AttributedStyle.DEFAULT).append(text);
	}

	/** The prompt as plain text, for tests and dumb terminals. */
	String text() {
		return render().toString();
	}

	/** Redraws the prompt in place from another thread, when that is safe. */
	static final class PromptRedraw {

		private static final String WIDGET = "vcshell-refresh-prompt";

		private final Supplier<LineReader> readers;

		/** The reader of the interactive loop, once it asked for a prompt. */
		private volatile LineReaderImpl reader;

		private volatile String pending;

		PromptRedraw(Supplier<LineReader> readers) {
			this.readers = readers;
		}

		/**
		 * On the input thread, before a line is read: adds the widget that redraws the
		 * prompt (JLine's widget map is not thread-safe, so not from the lookup's
		 * thread).
		 */
		void prepare() {
			if (this.reader == null && this.readers.get() instanceof LineReaderImpl impl) {
				impl.getWidgets().put(WIDGET, () -> refresh(impl));
				this.reader = impl;
			}
		}

		/**
		 * From any thread: if the user is at the command line, shows the prompt anew and
		 * keeps what was typed. A widget runs under the reader's lock, so the line cannot
		 * end meanwhile; an answer or a secret being read (read without history, see
		 * {@code TerminalInput}) keeps its own prompt. Otherwise the next line shows the
		 * new prompt anyway.
		 */
		void redraw(Supplier<AttributedString> prompt) {
			LineReaderImpl current = this.reader;
			if (current == null) {
				return;
			}
			this.pending = prompt.get().toAnsi(current.getTerminal());
			try {
				current.callWidget(WIDGET);
			}
			catch (IllegalStateException ex) {
				// not reading a line: the next prompt is drawn fresh
			}
		}

		private boolean refresh(LineReaderImpl impl) {
			String prompt = this.pending;
			if (prompt != null && !Boolean.TRUE.equals(impl.getVariable(LineReader.DISABLE_HISTORY))) {
				impl.setPrompt(prompt);
				impl.redisplay();
			}
			return true;
		}

	}

}
