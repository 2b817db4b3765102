package com.vcshell.admin.check;

/**
 * Where one profile's key stands after {@code profile check} tried it. The order of the
 * constants is the order of severity, best first: the worst status of a check decides its
 * exit code.
 */
public enum KeyStatus {

	/** The key signed a call, and more days than the threshold are left. */
	VALID("valid"),
	/** The key works, but expires within the threshold (30 days, or {@code --within}). */
	EXPIRING("expiring"),
	/** The server could not be asked in time: connection failure, 5xx, 429, deadline. */
	UNREACHABLE("unreachable"),
	/** The server answered 403 to the key's own credentials. */
	FORBIDDEN("forbidden"),
	/** The API answered with an expiry that is now or past. */
	EXPIRED("expired"),
	/**
	 * The server answered 401 (with the diagnosis: wrong region, clock skew, revoked or
	 * wrong key), or reported the pair revoked.
	 */
	REVOKED("revoked or wrong key"),
	/** The credentials file cannot give a key for the profile. */
	MALFORMED("malformed");

	private final String label;

	KeyStatus(String label) {
		this.label = label;
	}

	/** The words shown in tables, CSV and JSON. */
	public String label() {
		return this.label;
	}

	/** The worse of two statuses. */
	public static KeyStatus worse(KeyStatus a, KeyStatus b) {
		return (a.ordinal() >= b.ordinal()) ? a : b;
	}

}
