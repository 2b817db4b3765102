package com.vcshell.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The emulator's notion of now: a base clock shifted by an offset, or pinned to an
 * instant. Tests pin and advance it; everything in the emulator reads time through it.
 */
final class EmulatorClock extends Clock {

	private final Clock base;

	private Duration offset = Duration.ZERO;

	private Instant pinned;

	EmulatorClock(Clock base) {
		this.base = base;
	}

	synchronized void pin(Instant instant) {
		this.pinned = instant;
		this.offset = Duration.ZERO;
	}

	synchronized void advance(Duration duration) {
		if (this.pinned != null) {
			this.pinned = this.pinned.plus(duration);
		}
		else {
			this.offset = this.offset.plus(duration);
		}
	}

	@Override
	public synchronized Instant instant() {
		return (this.pinned != null) ? this.pinned : this.base.instant().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("the emulator clock is always UTC");
	}

}
