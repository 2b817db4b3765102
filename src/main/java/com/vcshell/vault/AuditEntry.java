package com.vcshell.vault;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log: a credential operation and how it ended. It has no field for
 * a secret, on purpose.
 *
 * @param time when it happened (UTC)
 * @param profile the profile the session signed with
 * @param host the API host
 * @param operation {@code generate-self}, {@code generate-user}, {@code revoke-self},
 * {@code revoke-user} or {@code revoke-id}
 * @param targetUserName the user operated on, when known
 * @param targetUserId that user's id, when known
 * @param apiId the resulting (generate) or revoked api id, when known
 * @param expiry when the new pair expires, when known
 * @param outcome {@code ok}, {@code failed: <reason>}, {@code not-saved}, {@code unknown}
 * or {@code recovered}
 */
public record AuditEntry(Instant time, String profile, String host, String operation, @Nullable String targetUserName,
		@Nullable String targetUserId, @Nullable String apiId, @Nullable Instant expiry, String outcome) {

	/** The longest failure reason kept. */
	static final int MAX_REASON = 160;

	/** An operation about to happen, its outcome still open. */
	public static AuditEntry begin(Instant time, String profile, String host, String operation) {
		return new AuditEntry(time, profile, host, operation, null, null, null, null, "");
	}

	public AuditEntry withTarget(@Nullable String userName, @Nullable String userId) {
		return new AuditEntry(this.time, this.profile, this.host, this.operation, userName, userId, this.apiId,
				this.expiry, this.outcome);
	}

	public AuditEntry withResult(@Nullable String resultApiId, @Nullable Instant resultExpiry) {
		return new AuditEntry(this.time, this.profile, this.host, this.operation, this.targetUserName,
				this.targetUserId, resultApiId, resultExpiry, this.outcome);
	}

	public AuditEntry ok() {
		return withOutcome("ok");
	}

	public AuditEntry notSaved() {
		return withOutcome("not-saved");
	}

	public AuditEntry unknown() {
		return withOutcome("unknown");
	}

	/**
	 * Saved or rescued at a later start, from the pending journal: the process that
	 * generated it ended first.
	 */
	public AuditEntry recovered() {
		return withOutcome("recovered");
	}

	/** Failed, with a short one-line reason. */
	public AuditEntry failed(String reason) {
		String line = String.valueOf(reason).replaceAll("\\s+", " ").strip();
		return withOutcome(
				"failed: " + ((line.length() > MAX_REASON) ? line.substring(0, MAX_REASON - 3) + "..." : line));
	}

	private AuditEntry withOutcome(String value) {
		return new AuditEntry(this.time, this.profile, this.host, this.operation, this.targetUserName,
				this.targetUserId, this.apiId, this.expiry, value);
	}

}
