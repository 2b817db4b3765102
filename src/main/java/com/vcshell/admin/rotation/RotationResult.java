package com.vcshell.admin.rotation;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vcshell.admin.copies.CopiesReport;
import com.vcshell.auth.Masking;
import com.vcshell.identity.VeracodeApiException;

/**
 * What a {@code generate} did. A pair that could not be saved where asked is a result,
 * not an exception: the caller shows it (the secret may exist nowhere else) and then
 * reports {@link #notSaved()}.
 *
 * @param subjectKind {@code profile} or {@code user}
 * @param subject the profile name or the user's label
 * @param apiId the new api id, in full ({@code null} in a dry run)
 * @param secret the new secret, in full: show it only when {@link #reveal()}
 * @param reveal whether the user asked to see the secret once
 * @param expiration when the new pair expires, as the API or the check with it said
 * @param savedTo where it was saved
 * @param rescueFile the rescue file, when the save failed
 * @param verified whether a signed call with the new pair succeeded ({@code null}: not
 * tried, as for another user's pair)
 * @param notSaved why the pair is not everywhere asked ({@code null}: saved as asked)
 * @param checkFailure why the signed call with the new pair failed, when it did
 * @param dryRun whether the requests were only printed: nothing generated, nothing saved
 * @param copies what became of the other local copies of the replaced key
 */
public record RotationResult(String subjectKind, String subject, @Nullable String apiId, @Nullable String secret,
		boolean reveal, @Nullable Instant expiration, List<String> savedTo, @Nullable Path rescueFile,
		@Nullable Boolean verified, @Nullable String notSaved, @Nullable VeracodeApiException checkFailure,
		boolean dryRun, CopiesReport copies) {

	public RotationResult {
		savedTo = List.copyOf(savedTo);
	}

	/** A result without local copies to report. */
	public RotationResult(String subjectKind, String subject, @Nullable String apiId, @Nullable String secret,
			boolean reveal, @Nullable Instant expiration, List<String> savedTo, @Nullable Path rescueFile,
			@Nullable Boolean verified, @Nullable String notSaved, @Nullable VeracodeApiException checkFailure,
			boolean dryRun) {
		this(subjectKind, subject, apiId, secret, reveal, expiration, savedTo, rescueFile, verified, notSaved,
				checkFailure, dryRun, CopiesReport.NONE);
	}

	/** The same result with what became of the local copies. */
	RotationResult withCopies(CopiesReport report) {
		return new RotationResult(this.subjectKind, this.subject, this.apiId, this.secret, this.reveal, this.expiration,
				this.savedTo, this.rescueFile, this.verified, this.notSaved, this.checkFailure, this.dryRun, report);
	}

	/** A dry run: the requests were printed, nothing was generated or saved. */
	static RotationResult dryRun(String subjectKind, String subject) {
		return new RotationResult(subjectKind, subject, null, null, false, null, List.of(), null, null, null, null,
				true);
	}

	/**
	 * Whether the pair was saved everywhere asked (a dry run saves nothing and needs
	 * not).
	 */
	public boolean saved() {
		return this.notSaved == null;
	}

	/** The secret as it may be shown: in full when revealed, else masked. */
	public String shownSecret() {
		return this.reveal ? String.valueOf(this.secret) : Masking.mask(this.secret);
	}

	/**
	 * Masks the secret even when it is revealed: a log line or debugger never shows it.
	 */
	@Override
	public String toString() {
		return "RotationResult[" + this.subjectKind + " " + this.subject + ", apiId=" + this.apiId + ", secret="
				+ Masking.mask(this.secret) + ", savedTo=" + this.savedTo + ", notSaved=" + this.notSaved + ", dryRun="
				+ this.dryRun + ", copies=" + this.copies + "]";
	}

}
