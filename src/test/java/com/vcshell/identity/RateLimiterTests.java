package com.vcshell.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The sliding-minute limit, on a clock that the sleeper moves forward. */
class RateLimiterTests {

	private final TickingClock clock = new TickingClock();

	private final List<Duration> sleeps = new ArrayList<>();

	private final Sleeper sleeper = (duration) -> {
		this.sleeps.add(duration);
		this.clock.now = this.clock.now.plus(duration);
	};

	@Test
	void callsUnderTheLimitDoNotWait() throws InterruptedException {
		RateLimiter limiter = new RateLimiter(500, this.clock, this.sleeper);
		for (int i = 0; i < 500; i++) {
			limiter.acquire();
		}
		assertThat(this.sleeps).isEmpty();
	}

	@Test
	void theCallOverTheLimitWaitsUntilTheOldestLeavesTheWindow() throws InterruptedException {
		RateLimiter limiter = new RateLimiter(3, this.clock, this.sleeper);
		limiter.acquire();
		this.clock.now = this.clock.now.plusSeconds(10);
		limiter.acquire();
		limiter.acquire();
		this.clock.now = this.clock.now.plusSeconds(5);
		limiter.acquire();
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(45));
		limiter.acquire();
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(45), Duration.ofSeconds(10));
	}

	@Test
	void fiveHundredAndOneCallsTakeAtLeastAMinute() throws InterruptedException {
		RateLimiter limiter = new RateLimiter(500, this.clock, this.sleeper);
		Instant start = this.clock.now;
		for (int i = 0; i < 1001; i++) {
			limiter.acquire();
			this.clock.now = this.clock.now.plusMillis(1);
		}
		assertThat(Duration.between(start, this.clock.now)).isGreaterThanOrEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void onAClockThatStandsStillWaitsAddUp() throws InterruptedException {
		RateLimiter limiter = new RateLimiter(1, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), this.sleeps::add);
		limiter.acquire();
		limiter.acquire();
		limiter.acquire();
		assertThat(this.sleeps).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2));
	}

	@Test
	void aLimitBelowOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimiter(0, this.clock, this.sleeper));
	}

	static final class TickingClock extends Clock {

		Instant now = Instant.parse("2025-01-01T00:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
