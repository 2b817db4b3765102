package com.vcshell.admin.expiry;

import java.util.Locale;

/** Where a credential pair stands (design §2, {@code expiration}). */
public enum ExpiryStatus {

	/** 30 days or more left. */
	VALID,
	/** Under 30 days left. */
	EXPIRING,
	/** The expiry is now or past. */
	EXPIRED,
	/** The API reports a revocation. */
	REVOKED,
	/** The account has no credentials. */
	NONE,
	/** A report row whose credentials could not be read. */
	ERROR;

	/** The word shown in tables, CSV and JSON. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
