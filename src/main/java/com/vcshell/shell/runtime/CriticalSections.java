package com.vcshell.shell.runtime;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import org.springframework.stereotype.Component;

import com.vcshell.output.Streams;

/**
 * Stretches of work that Ctrl-C must not cancel (the save of a freshly generated secret),
 * for the whole session. While one is open:
 * <ul>
 * <li>the interactive loop's Ctrl-C does not interrupt the command
 * ({@link #interruptUnlessOpen});</li>
 * <li>the process's own handlers of {@code SIGINT}, {@code SIGTERM} and {@code SIGHUP}
 * (the JVM's, which exit, or JLine's) are replaced: {@code SIGINT} is held back, and a
 * termination signal is delivered again once the last section closes;</li>
 * <li>the first such signal prints {@code finishing: <what>} once on stderr.</li>
 * </ul>
 * A Ctrl-C that came before a section opens still cancels: {@link #open} then throws and
 * nothing is started. Part of the Ctrl-C workaround of {@link InteractiveShell} (Spring
 * Shell 4.0.1 lets Ctrl-C during a command kill the JVM); the signal handling applies in
 * every mode, one-shot and scripts included.
 */
@Component
public class CriticalSections {

	private static final List<String> SIGNALS = List.of("INT", "TERM", "HUP");

	private final Object lock = new Object();

	private final PrintWriter notices;

	private final boolean terminal;

	private final Map<Signal, SignalHandler> replaced = new LinkedHashMap<>();

	private final List<Signal> deferred = new ArrayList<>();

	private int depth;

	private String doing;

	private boolean noticed;

	public CriticalSections(Streams streams) {
		this.notices = streams.err();
		this.terminal = streams.terminal();
	}

	/**
	 * Opens a section on the calling thread; close it when the work is done.
	 * @param doing what the work is ("saving the new credentials")
	 * @throws CancellationException when the calling thread was interrupted before (a
	 * Ctrl-C): start nothing
	 */
	public Section open(String doing) {
		synchronized (this.lock) {
			if (this.depth++ == 0) {
				this.doing = doing;
				this.noticed = false;
				SIGNALS.forEach(this::replace);
			}
		}
		if (Thread.interrupted()) {
			close();
			throw new CancellationException("cancelled");
		}
		return this::close;
	}

	/**
	 * The interactive loop's Ctrl-C: interrupts the command's thread, unless a section is
	 * open (then it only says, once, that vcshell is finishing).
	 */
	public void interruptUnlessOpen(Thread command) {
		synchronized (this.lock) {
			if (this.depth > 0) {
				notice();
				return;
			}
			command.interrupt();
		}
	}

	/** Whether a section is open. */
	public boolean isOpen() {
		synchronized (this.lock) {
			return this.depth > 0;
		}
	}

	private void close() {
		List<Signal> again;
		synchronized (this.lock) {
			if (--this.depth > 0) {
				return;
			}
			this.replaced.forEach(CriticalSections::handle);
			this.replaced.clear();
			again = List.copyOf(this.deferred);
			this.deferred.clear();
		}
		again.forEach(Signal::raise); // to the handler restored above: exit as asked
	}

	private void replace(String name) {
		try {
			Signal signal = new Signal(name);
			SignalHandler previous = handle(signal, this::held);
			if (previous != null) {
				this.replaced.put(signal, previous);
			}
		}
		catch (IllegalArgumentException ex) {
			// no such signal here (Windows has no SIGHUP)
		}
	}

	/** The handler while a section is open. */
	private void held(Signal signal) {
		synchronized (this.lock) {
			if (this.depth == 0) {
				SignalHandler restored = this.replaced.get(signal);
				if (restored != null && restored != SignalHandler.SIG_IGN && restored != SignalHandler.SIG_DFL) {
					restored.handle(signal);
				}
				return;
			}
			if (!signal.getName().equals("INT") && !this.deferred.contains(signal)) {
				this.deferred.add(signal);
			}
			notice();
		}
	}

	private void notice() {
		if (!this.noticed) {
			this.noticed = true;
			this.notices.print((this.terminal ? "\n" : "") + "finishing: " + this.doing + "\n");
			this.notices.flush();
		}
	}

	/**
	 * Installs a handler; {@code null} when the JVM does not let the signal be handled
	 * ({@code -Xrs}, a platform without it).
	 */
	private static SignalHandler handle(Signal signal, SignalHandler handler) {
		try {
			return Signal.handle(signal, handler);
		}
		catch (IllegalArgumentException | UnsupportedOperationException ex) {
			return null;
		}
	}

	/** An open section. */
	@FunctionalInterface
	public interface Section extends AutoCloseable {

		@Override
		void close();

	}

}
