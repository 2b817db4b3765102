package com.vcshell.admin.rotation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vcshell.admin.AuditTrail;
import com.vcshell.admin.CriticalSection;
import com.vcshell.admin.UsageException;
import com.vcshell.admin.Warnings;
import com.vcshell.auth.ApiCredentials;
import com.vcshell.identity.GeneratedCredentials;
import com.vcshell.identity.RawAnswerSink;
import com.vcshell.identity.VeracodeApiException;
import com.vcshell.vault.AuditEntry;
import com.vcshell.vault.PendingEntry;
import com.vcshell.vault.PendingJournal;

/**
 * The path a generate takes from "about to be sent" to "its pair is saved or rescued, and
 * audited" (design §1), which nothing may cut short:
 * <ol>
 * <li>a pending journal entry says what the generate is for; when it cannot be written,
 * nothing is sent;</li>
 * <li>a {@link CriticalSection} opens: from here a Ctrl-C no longer cancels (one that
 * came before does, and nothing is sent);</li>
 * <li>the request is sent once; its raw answer goes into the entry before it is
 * parsed;</li>
 * <li>the pair is saved where asked, or rescued ({@link SecretKeeper});</li>
 * <li>the outcome is audited, and the entry removed, or left for the next start when the
 * pair is safe nowhere else.</li>
 * </ol>
 */
@Component
class CriticalPath {

	static final String FINISHING = "saving the new credentials";

	private final PendingJournal journal;

	private final CriticalSection section;

	private final SecretKeeper keeper;

	private final AuditTrail audit;

	private final Warnings warnings;

	CriticalPath(PendingJournal journal, CriticalSection section, SecretKeeper keeper, AuditTrail audit,
			Warnings warnings) {
		this.journal = journal;
		this.section = section;
		this.keeper = keeper;
		this.audit = audit;
		this.warnings = warnings;
	}

	/**
	 * Generates once and keeps the pair.
	 * @param call sends the generate, handing its raw answer to the sink
	 * @param useAtOnce called with the pair before it is saved
	 * @throws UsageException when cancelled before anything was sent
	 * @throws VeracodeApiException when the API refused or failed (audited)
	 * @throws com.vcshell.vault.VaultException when the journal cannot be written
	 * (nothing was sent)
	 */
	Generated run(PendingContext context, Function<RawAnswerSink, GeneratedCredentials> call, Destinations where,
			AuditEntry entry, Consumer<ApiCredentials> useAtOnce) {
		PendingEntry pending = this.journal.begin(context.toMap());
		try (CriticalSection.Open open = enter(pending)) {
			Answer answer = new Answer(pending);
			GeneratedCredentials generated = generate(call, answer, entry);
			SecretKeeper.Kept kept;
			try {
				kept = this.keeper.keep(generated, where, useAtOnce, answer.file());
				AuditEntry result = entry.withResult(generated.apiId(), generated.expiration());
				this.audit.record(kept.saved() ? result.ok() : result.notSaved());
			}
			catch (RuntimeException | Error ex) {
				pending.release(); // it may hold the only copy: the next start recovers
									// it
				throw ex;
			}
			settle(pending, kept.settled());
			return new Generated(generated, kept);
		}
	}

	/** Opens the section; a Ctrl-C that came first cancels, and the entry goes. */
	private CriticalSection.Open enter(PendingEntry pending) {
		try {
			return this.section.enter(FINISHING);
		}
		catch (RuntimeException ex) {
			settle(pending, true);
			throw ex;
		}
	}

	/** Calls the API once; an ambiguous failure is audited as {@code unknown}. */
	private GeneratedCredentials generate(Function<RawAnswerSink, GeneratedCredentials> call, Answer answer,
			AuditEntry entry) {
		try {
			GeneratedCredentials generated = call.apply(answer);
			if (generated == null || !generated.isComplete()) {
				throw new VeracodeApiException(VeracodeApiException.Kind.REMOTE, 0,
						"the API answered without a complete credential pair: the current pair may be revoked; "
								+ "check with 'expiration self' or 'expiration user <user>'",
						null, true);
			}
			return generated;
		}
		catch (VeracodeApiException ex) {
			this.audit.record(ex.outcomeUnknown() ? entry.unknown() : entry.failed(ex.getMessage()));
			answer.abandon();
			throw ex;
		}
		catch (RuntimeException ex) {
			answer.abandon();
			throw ex;
		}
	}

	/**
	 * Removes the entry once the pair is settled (saved, rescued, or never generated);
	 * otherwise leaves it, holding the only copy, for the next start.
	 */
	private void settle(PendingEntry pending, boolean settled) {
		if (!settled) {
			pending.release();
			return;
		}
		try {
			pending.remove();
		}
		catch (IOException ex) {
			pending.release();
			this.warnings.warn("could not remove the pending journal entry " + pending.file() + " (" + ex.getMessage()
					+ "); the next start of vcshell will find it already dealt with");
		}
	}

	/** What the generate gave, and what became of it. */
	/**
	 * Saves a pair a crash left behind ({@code rotate resume}): no request, no journal
	 * entry of its own; the leftover file it came from stays until the caller removes it.
	 */
	SecretKeeper.Kept keepRecovered(GeneratedCredentials pair, Destinations where) {
		return this.keeper.keep(pair, where, (p) -> {
		}, null);
	}

	record Generated(GeneratedCredentials credentials, SecretKeeper.Kept kept) {

		/** Names the pair by its masked form only. */
		@Override
		public String toString() {
			return "Generated[" + this.credentials + ", " + this.kept + "]";
		}

	}

	/** The raw answer's way into the journal entry. */
	private final class Answer implements RawAnswerSink {

		private final PendingEntry pending;

		private boolean recorded;

		private boolean received;

		Answer(PendingEntry pending) {
			this.pending = pending;
		}

		@Override
		public void answer(byte[] body) {
			this.received = true;
			try {
				this.recorded = this.pending.recordAnswer(body);
			}
			catch (RuntimeException ex) {
				this.recorded = false; // the answer itself must not be lost to the
										// journal
			}
		}

		/** The entry, when it holds the answer. */
		@Nullable Path file() {
			return this.recorded ? this.pending.file() : null;
		}

		/**
		 * After a failure: an answer that was received but cannot be read as a pair is
		 * kept aside for a person to look at; an entry without one goes.
		 */
		void abandon() {
			if (!this.received || !this.recorded) {
				settle(this.pending, true);
				return;
			}
			try {
				Path kept = this.pending.keepUnreadable();
				CriticalPath.this.warnings
					.warn("the API's answer, which vcshell could not read as a credential pair, is kept in " + kept);
			}
			catch (IOException ex) {
				this.pending.release();
			}
		}

	}

}
