package com.vcshell.identity;

/**
 * Receives the raw body of a successful answer to a generate, before it is parsed: the
 * one moment a new secret exists only in this process's memory. The caller makes it
 * durable (a pending journal) before anything else can go wrong.
 */
@FunctionalInterface
public interface RawAnswerSink {

	/** A sink that keeps nothing. */
	RawAnswerSink NONE = (body) -> {
	};

	/**
	 * The answer's bytes, as received (2xx only). Must not throw: a failure to keep them
	 * must not lose the answer itself.
	 */
	void answer(byte[] body);

}
