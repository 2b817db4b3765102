package com.vcshell.admin.rotation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.admin.Confirmer;
import com.vcshell.admin.CriticalSection;
import com.vcshell.admin.UsageException;
import com.vcshell.identity.GeneratedCredentials;
import com.vcshell.output.Streams;
import com.vcshell.shell.runtime.CriticalSections;
import com.vcshell.vault.NewCredentialsFiles;
import com.vcshell.vault.PendingJournal;
import com.vcshell.vault.SecretRescue;
import com.vcshell.vault.VaultException;
import com.vcshell.vault.VcshellHome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The critical path of a generate through the use cases, against the loopback emulator:
 * the pending journal comes first and goes last, a Ctrl-C before the request cancels it,
 * one during it changes nothing, and the last resort says where the pair is.
 */
class GenerateSafetyTests {

	private static final GenerateRequest SELF = new GenerateRequest(true, false, null, null, false);

	@TempDir
	Path dir;

	private RotationFixture fixture;

	@BeforeEach
	void start() {
		this.fixture = new RotationFixture(this.dir);
	}

	@AfterEach
	void stop() {
		this.fixture.close();
	}

	@Test
	void theJournalEntryIsGoneOnceThePairIsSavedAndAudited() throws Exception {
		RotationResult result = this.fixture.rotation(CriticalSection.NONE).generateSelf(SELF, agreeing());

		assertThat(result.saved()).isTrue();
		assertThat(this.fixture.journal.waiting()).isEmpty();
		assertThat(Files.list(this.fixture.journal.folder())).isEmpty();
		assertThat(Files.readString(this.fixture.auditLog.file())).contains("\"outcome\":\"ok\"");
	}

	@Test
	void withoutAJournalNothingIsSent() throws Exception {
		VcshellHome broken = new VcshellHome(Files.writeString(this.dir.resolve("plain"), ""));
		String before = this.fixture.currentAdminApiId();
		long requests = this.fixture.emulator.controls().requestCount();
		CredentialRotation rotation = this.fixture.rotation(CriticalSection.NONE, this.fixture.home, true,
				new PendingJournal(broken));

		assertThatExceptionOfType(VaultException.class).isThrownBy(() -> rotation.generateSelf(SELF, agreeing()))
			.withMessageStartingWith("cannot write the pending journal in " + broken.resolve("pending"))
			.withMessageEndingWith("; nothing was generated");
		assertThat(this.fixture.emulator.controls().requestCount()).isEqualTo(requests);
		assertThat(this.fixture.currentAdminApiId()).isEqualTo(before);
	}

	@Test
	void aCtrlCJustBeforeTheRequestCancelsItAndSendsNothing() throws Exception {
		String before = this.fixture.currentAdminApiId();
		long requests = this.fixture.emulator.controls().requestCount();
		Confirmer ctrlCAfterYes = new Confirmer() {
			@Override
			public boolean canAsk() {
				return true;
			}

			@Override
			public boolean confirm(String action) {
				Thread.currentThread().interrupt(); // Ctrl-C right after answering y
				return true;
			}
		};

		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> this.fixture.rotation(CriticalSection.NONE)
				.generateSelf(new GenerateRequest(false, false, null, null, false), ctrlCAfterYes))
			.withMessage("cancelled before the request was sent: nothing was generated");
		assertThat(this.fixture.emulator.controls().requestCount()).isEqualTo(requests);
		assertThat(this.fixture.currentAdminApiId()).isEqualTo(before);
		assertThat(this.fixture.journal.waiting()).isEmpty();
	}

	@Test
	void aCtrlCAtTheShellWhileTheRequestIsInFlightIsHeldBackAndTheGenerateFinishes() throws Exception {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CriticalSections sections = new CriticalSections(Streams.of(new ByteArrayOutputStream(), err));
		CredentialRotation rotation = this.fixture.rotation((finishing) -> sections.open(finishing)::close);
		this.fixture.emulator.controls().delayNext(1, Duration.ofMillis(1500));

		Outcome outcome = whileInFlight(() -> rotation.generateSelf(SELF, agreeing()), sections::interruptUnlessOpen);

		assertThat(outcome.result().saved()).isTrue();
		assertThat(outcome.result().verified()).as("nothing was interrupted, the check included").isTrue();
		assertThat(outcome.interruptedAfter()).isFalse();
		assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("finishing: saving the new credentials\n");
		assertThat(this.fixture.store.holdsKeyId("demo", this.fixture.currentAdminApiId())).isTrue();
		assertThat(Files.readString(this.fixture.auditLog.file())).contains("\"outcome\":\"ok\"");
	}

	@Test
	void aStrayInterruptWhileTheRequestIsInFlightLosesNothing() throws Exception {
		CredentialRotation rotation = this.fixture.rotation(CriticalSection.NONE);
		this.fixture.emulator.controls().delayNext(1, Duration.ofMillis(1500));

		Outcome outcome = whileInFlight(() -> rotation.generateSelf(SELF, agreeing()), Thread::interrupt);

		assertThat(outcome.result().saved()).isTrue();
		assertThat(outcome.result().apiId()).isEqualTo(this.fixture.currentAdminApiId());
		assertThat(this.fixture.store.holdsKeyId("demo", this.fixture.currentAdminApiId())).isTrue();
		assertThat(Files.readString(this.fixture.auditLog.file())).contains("\"outcome\":\"ok\"");
		assertThat(this.fixture.journal.waiting()).isEmpty();
	}

	@Test
	void whenNothingElseWorksTheJournalKeepsTheAnswerAndTheMessageSaysWhere() throws Exception {
		Files.createDirectory(this.fixture.credentials.resolveSibling("credentials.lock"));
		VcshellHome noRescue = new VcshellHome(Files.writeString(this.dir.resolve("plain"), ""));
		CredentialRotation rotation = this.fixture.rotation(CriticalSection.NONE, noRescue, false);

		RotationResult result = rotation.generateSelf(SELF, agreeing());

		List<Path> kept = this.fixture.journal.waiting();
		assertThat(kept).singleElement();
		assertThat(result.notSaved()).contains("could not write a rescue file")
			.contains("its raw answer is kept in " + kept.get(0))
			.doesNotContain("MAY BE LOST")
			.doesNotContain(result.secret());
		assertThat(Files.readString(kept.get(0))).contains("answer_base64");
		assertThat(Files.readString(this.fixture.auditLog.file())).contains("\"outcome\":\"not-saved\"");
	}

	@Test
	void onlyWhenNoRescueNoScreenAndNoJournalHoldTheNewPairDoesTheMessageSayItMayBeLost() throws Exception {
		Files.createDirectory(this.fixture.credentials.resolveSibling("credentials.lock"));
		VcshellHome noRescue = new VcshellHome(Files.writeString(this.dir.resolve("plain"), ""));
		SecretKeeper keeper = new SecretKeeper(this.fixture.store, new NewCredentialsFiles(),
				new SecretRescue(noRescue), (section, apiId, apiSecret, url) -> Optional.empty());
		GeneratedCredentials generated = new GeneratedCredentials("0123456789abcdef0123456789abcdef", "ab".repeat(64),
				null);
		Destinations where = new Destinations("demo", true, null, false, null, null);

		SecretKeeper.Kept notJournaled = keeper.keep(generated, where, (pair) -> {
		}, null);
		SecretKeeper.Kept journaled = keeper.keep(generated, where, (pair) -> {
		}, this.dir.resolve("entry.jsonl"));

		assertThat(notJournaled.problem()).contains("the new pair MAY BE LOST").doesNotContain(generated.apiSecret());
		assertThat(journaled.problem()).doesNotContain("MAY BE LOST")
			.contains("its raw answer is kept in " + this.dir.resolve("entry.jsonl"));
	}

	private static Confirmer agreeing() {
		return new RotationFixture.Answering(true, true);
	}

	/**
	 * Runs the generate on a thread of its own and, once the emulator holds its request,
	 * "presses Ctrl-C" at that thread.
	 */
	private Outcome whileInFlight(Supplier<RotationResult> generate, Consumer<Thread> ctrlC) throws Exception {
		AtomicReference<RotationResult> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		AtomicBoolean interruptedAfter = new AtomicBoolean();
		Thread thread = new Thread(() -> {
			try {
				result.set(generate.get());
			}
			catch (RuntimeException ex) {
				failure.set(ex);
			}
			interruptedAfter.set(Thread.interrupted());
		});
		thread.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (this.fixture.emulator.controls().inFlight() == 0 && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		ctrlC.accept(thread);
		thread.join();
		if (failure.get() != null) {
			throw failure.get();
		}
		return new Outcome(result.get(), interruptedAfter.get());
	}

	private record Outcome(RotationResult result, boolean interruptedAfter) {
	}

}
