package com.vcshell.shell;

import java.io.PrintWriter;

import org.springframework.shell.core.InputReader;
import org.springframework.stereotype.Component;

import com.vcshell.admin.rotation.PendingRecovery;
import com.vcshell.output.Streams;

/**
 * Runs {@link PendingRecovery} before the first command and prints one line on stderr for
 * each thing it found: {@code recovered: ...}, or {@code warning: ...} when the user
 * should act.
 */
@Component
public class StartupRecovery {

	private final PendingRecovery recovery;

	private final Streams streams;

	StartupRecovery(PendingRecovery recovery, Streams streams) {
		this.recovery = recovery;
		this.streams = streams;
	}

	/**
	 * Recovers what an earlier vcshell left behind.
	 * @param input where a question can be asked (the interactive shell), or
	 * {@code NoTerminalInput} (then rescue files are made)
	 */
	public void run(InputReader input) {
		PrintWriter err = this.streams.err();
		this.recovery.recover(new TerminalConfirmer(input))
			.forEach((note) -> err.println((note.problem() ? "warning: " : "recovered: ") + note.message()));
		err.flush();
	}

}
