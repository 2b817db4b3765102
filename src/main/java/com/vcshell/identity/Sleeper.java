package com.vcshell.identity;

import java.time.Duration;

/** Waits: the seam for backoff and rate limiting, so tests never really sleep. */
@FunctionalInterface
public interface Sleeper {

	void sleep(Duration duration) throws InterruptedException;

	/** Really waits, on the calling thread (interruptible, so Ctrl-C cancels). */
	static Sleeper system() {
		return (duration) -> Thread.sleep(duration.toMillis());
	}

}
