package com.vcshell.admin.rotation;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vcshell.admin.AuditTrail;
import com.vcshell.admin.Confirmer;
import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.InvalidCredentialsException;
import com.vcshell.identity.GeneratedCredentials;
import com.vcshell.profile.CredentialsStore;
import com.vcshell.profile.ProfileException;
import com.vcshell.vault.AtomicFileWriter;
import com.vcshell.vault.AuditEntry;
import com.vcshell.vault.PendingEntry;
import com.vcshell.vault.PendingJournal;
import com.vcshell.vault.SecretRescue;
import com.vcshell.vault.VaultException;

/**
 * At start-up, before the first command: finishes what an earlier vcshell left undone
 * when it was killed (design §4). A pending journal entry holding an answer is saved into
 * the profile it was meant for when the user agrees (only the interactive shell asks),
 * otherwise turned into a rescue file; one without an answer is reported (the generate
 * may or may not have happened) and removed. Then leftover temp files of the credentials
 * file are deleted when they hold nothing new, else rescued first. Never deletes a secret
 * that exists nowhere else; never recovers an entry another vcshell holds. Cheap when
 * there is nothing: two folder listings.
 */
@Component
public class PendingRecovery {

	private final PendingJournal journal;

	private final CredentialsStore store;

	private final SecretRescue rescue;

	private final AuditTrail audit;

	PendingRecovery(PendingJournal journal, CredentialsStore store, SecretRescue rescue, AuditTrail audit) {
		this.journal = journal;
		this.store = store;
		this.rescue = rescue;
		this.audit = audit;
	}

	/** What was found and done: one note each, in order. */
	public List<Note> recover(Confirmer confirmer) {
		List<Note> notes = new ArrayList<>();
		try {
			for (Path file : this.journal.waiting()) {
				this.journal.claim(file).ifPresent((entry) -> notes.add(recover(entry, confirmer)));
			}
		}
		catch (VaultException ex) {
			notes.add(Note.problem(ex.getMessage()));
		}
		leftovers(notes);
		return notes;
	}

	private Note recover(PendingEntry entry, Confirmer confirmer) {
		PendingContext context = PendingContext.of(entry.context());
		byte[] raw = entry.answer();
		if (raw == null) {
			this.audit.record(auditEntry(context).unknown());
			remove(entry);
			return Note.problem(context.describe() + " ended before its answer arrived: the old pair may be revoked; "
					+ "check with '" + context.checkCommand() + "'");
		}
		GeneratedCredentials pair = GeneratedCredentials.fromAnswer(raw);
		if (pair == null || !pair.isComplete()) {
			return unreadable(entry, context);
		}
		String what = context.describe() + ", api id " + pair.apiId();
		if (context.saveAs() != null && isOurFile(context) && savedAlready(context.saveAs(), pair)) {
			remove(entry);
			return Note.done(what + ": already saved in profile [" + context.saveAs() + "]");
		}
		String saved = offerToSave(context, pair, what, confirmer);
		if (saved != null) {
			return finish(entry, context, pair, what + ": saved into " + saved);
		}
		try {
			Path file = this.rescue.rescue(context.rescueSection(), pair.apiId(), pair.apiSecret(),
					uri(context.tenantUrl()),
					"recovered at start-up: " + context.describe() + " ended before saving it");
			return finish(entry, context, pair, what + ": not saved when that vcshell ended; the new pair is in "
					+ "the rescue file " + file + " (mode 0600): move its section into your credentials file");
		}
		catch (VaultException ex) {
			entry.release();
			return Note.problem(what + ": could not be recovered (" + ex.getMessage() + "); it stays in " + entry.file()
					+ " for the next start");
		}
	}

	/** At a terminal, asks to save the pair where it was meant to go; where it went. */
	private @Nullable String offerToSave(PendingContext context, GeneratedCredentials pair, String what,
			Confirmer confirmer) {
		if (context.saveAs() == null || !isOurFile(context) || !confirmer.canAsk()) {
			return null;
		}
		String destination = "profile [" + context.saveAs() + "] in " + this.store.file();
		if (!confirmer.confirm("the new pair of " + what + " was not saved: save it into " + destination + " now")) {
			return null;
		}
		try {
			this.store.save(context.saveAs(), ApiCredentials.of(pair.apiId(), pair.apiSecret()),
					uri(context.recordBaseUrl()));
			return destination;
		}
		catch (ProfileException | InvalidCredentialsException ex) {
			return null; // a rescue file then
		}
	}

	private Note finish(PendingEntry entry, PendingContext context, GeneratedCredentials pair, String message) {
		audit(context, pair);
		remove(entry);
		return Note.done(message);
	}

	private Note unreadable(PendingEntry entry, PendingContext context) {
		try {
			Path kept = entry.keepUnreadable();
			return Note.problem(context.describe() + ": its answer cannot be read as a credential pair; it is kept in "
					+ kept + "; check with '" + context.checkCommand() + "'");
		}
		catch (IOException ex) {
			entry.release();
			return Note.problem(
					context.describe() + ": its answer cannot be read as a credential pair (" + entry.file() + ")");
		}
	}

	/** Temp files of an interrupted write of the credentials file. */
	private void leftovers(List<Note> notes) {
		try {
			for (AtomicFileWriter.Leftover leftover : new AtomicFileWriter().recoverLeftovers(this.store.file(),
					this.rescue)) {
				notes.add(Note.done((leftover.rescuedTo() == null)
						? "deleted " + leftover.temp() + ", a temp file of an interrupted write that held nothing new"
						: "moved " + leftover.temp() + ", a temp file of an interrupted write, into the rescue file "
								+ leftover.rescuedTo() + " (mode 0600): it may hold new credentials"));
			}
		}
		catch (IOException | VaultException ex) {
			notes.add(Note.problem(
					"could not clean up after an interrupted write of " + this.store.file() + ": " + ex.getMessage()));
		}
	}

	private boolean isOurFile(PendingContext context) {
		return context.credentialsFile() != null
				&& Path.of(context.credentialsFile()).toAbsolutePath().equals(this.store.file().toAbsolutePath());
	}

	private boolean savedAlready(String profile, GeneratedCredentials pair) {
		try {
			return this.store.holdsKeyId(profile, pair.apiId());
		}
		catch (ProfileException ex) {
			return false;
		}
	}

	private void audit(PendingContext context, GeneratedCredentials pair) {
		this.audit.record(auditEntry(context).withResult(pair.apiId(), pair.expiration()).recovered());
	}

	/** The audit line of the generate, as it would have been written then. */
	private static AuditEntry auditEntry(PendingContext context) {
		URI api = uri(context.apiBaseUrl());
		return AuditEntry
			.begin(instant(context.time()), context.profile(), (api != null) ? String.valueOf(api.getHost()) : "?",
					context.operation())
			.withTarget(context.targetUserName(), context.targetUserId());
	}

	private static void remove(PendingEntry entry) {
		try {
			entry.remove();
		}
		catch (IOException ex) {
			entry.release();
		}
	}

	private static @Nullable URI uri(@Nullable String text) {
		try {
			return (text != null) ? URI.create(text) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Instant instant(@Nullable String text) {
		try {
			return (text != null) ? Instant.parse(text) : Instant.EPOCH;
		}
		catch (DateTimeParseException ex) {
			return Instant.EPOCH;
		}
	}

	/**
	 * One thing found and what was done.
	 *
	 * @param problem whether it needs the user's attention (a warning)
	 * @param message one line, never a secret
	 */
	public record Note(boolean problem, String message) {

		static Note done(String message) {
			return new Note(false, message);
		}

		static Note problem(String message) {
			return new Note(true, message);
		}

	}

}
