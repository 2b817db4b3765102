package com.vcshell.admin.check;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each task has its own deadline: one that misses it gets the late result and is
 * interrupted, and the interrupt never reaches the task that runs next on its thread.
 */
class DeadlineRunnerTests {

	@Test
	void aTaskPastItsDeadlineGetsTheLateResultAndTheNextTaskStartsClean() {
		Supplier<String> sleeper = () -> {
			try {
				Thread.sleep(Duration.ofMinutes(5).toMillis());
				return "slept";
			}
			catch (InterruptedException ex) {
				return "interrupted";
			}
		};
		Supplier<String> next = () -> Thread.currentThread().isInterrupted() ? "started interrupted" : "clean";

		List<String> results = new DeadlineRunner(Duration.ofMillis(200), 1).run(List.of(sleeper, next),
				(index) -> "late " + index);

		assertThat(results).containsExactly("late 0", "clean");
	}

	@Test
	void theDeadlineStartsWhenTheTaskStartsNotWhileItWaitsForAThread() {
		// six tasks of 0.2 s on one thread take 1.2 s: past a 1 s deadline counted from
		// the start of the run, within one counted from each task's start
		Supplier<String> busy = () -> {
			long until = System.nanoTime() + Duration.ofMillis(200).toNanos();
			while (System.nanoTime() < until) {
				Thread.onSpinWait();
			}
			return "done";
		};

		List<String> results = new DeadlineRunner(Duration.ofSeconds(1), 1)
			.run(List.of(busy, busy, busy, busy, busy, busy), (index) -> "late " + index);

		assertThat(results).containsOnly("done").hasSize(6);
	}

	@Test
	void aFailingTaskFailsTheRun() {
		Supplier<String> failing = () -> {
			throw new IllegalStateException("a bug");
		};

		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> new DeadlineRunner(Duration.ofSeconds(5), 2).run(List.of(failing), (index) -> "late"))
			.withMessage("a bug");
	}

}
