package com.vcshell.admin;

/**
 * A stretch of work that Ctrl-C must not cancel: from the moment a generate is sent until
 * the new pair is saved (or rescued) and audited (design §1). While one is open, an
 * interrupt (Ctrl-C, a termination signal) is held back: the user is told once that
 * vcshell is finishing, and the work goes on to its end.
 */
@FunctionalInterface
public interface CriticalSection {

	/**
	 * Nothing to hold back (no terminal, no signals: tests, embedding programs); a Ctrl-C
	 * that came before still cancels.
	 */
	CriticalSection NONE = (finishing) -> {
		Open.cancelIfInterrupted();
		return () -> {
		};
	};

	/**
	 * Opens the section; close it when the work is done.
	 * @param finishing what the work is, for the notice ("saving the new credentials")
	 * @throws UsageException when a Ctrl-C (or a termination) came before it opened:
	 * start nothing then
	 */
	Open enter(String finishing);

	/** An open section. */
	@FunctionalInterface
	interface Open extends AutoCloseable {

		@Override
		void close();

		/**
		 * Throws when the calling thread was interrupted (its status is cleared).
		 * @throws UsageException cancelled: nothing was started
		 */
		static void cancelIfInterrupted() {
			if (Thread.interrupted()) {
				throw new UsageException("cancelled before the request was sent: nothing was generated");
			}
		}

	}

}
