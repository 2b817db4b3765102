package com.vcshell.emulator;

import java.time.Duration;

/**
 * One injected fault, or a 429 of the rate limits.
 *
 * @param status a status to answer with, 0 for none
 * @param delay how long to wait first
 * @param drop close the connection without a response
 * @param retryAfter the Retry-After seconds of a 429, or -1
 */
record Fault(int status, Duration delay, boolean drop, int retryAfter) {

	Fault(int status, Duration delay, boolean drop) {
		this(status, delay, drop, -1);
	}

}
