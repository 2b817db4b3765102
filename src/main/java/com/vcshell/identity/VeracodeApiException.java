package com.vcshell.identity;

/**
 * The Identity API refused a request or could not be reached. The message is one line a
 * person can act on: status, endpoint, and a hint. It never holds a secret or a raw
 * response body.
 */
public class VeracodeApiException extends RuntimeException {

	private final Kind kind;

	private final int status;

	private final boolean outcomeUnknown;

	public VeracodeApiException(Kind kind, int status, String message) {
		this(kind, status, message, null, false);
	}

	public VeracodeApiException(Kind kind, int status, String message, Throwable cause) {
		this(kind, status, message, cause, false);
	}

	/**
	 * @param outcomeUnknown whether the request may have taken effect although it failed
	 * (a generate that timed out or got a 5xx)
	 */
	public VeracodeApiException(Kind kind, int status, String message, Throwable cause, boolean outcomeUnknown) {
		super(message, cause);
		this.kind = kind;
		this.status = status;
		this.outcomeUnknown = outcomeUnknown;
	}

	public Kind kind() {
		return this.kind;
	}

	/** The HTTP status, or 0 when no response arrived. */
	public int status() {
		return this.status;
	}

	/**
	 * Whether the server may have carried the request out anyway: new credentials may
	 * exist that nobody has seen. Callers should say so and must not retry blindly.
	 */
	public boolean outcomeUnknown() {
		return this.outcomeUnknown;
	}

	/** What went wrong, which decides the exit code. */
	public enum Kind {

		/**
		 * 400: the request was malformed; or it cannot be sent as the environment sets
		 * the client up (a proxy variable or {@code VCSHELL_RATE_LIMIT} that is not
		 * valid).
		 */
		BAD_REQUEST,
		/** 401 or 403: authentication failed or a role is missing. */
		REFUSED,
		/** 404: unknown user or credentials. */
		NOT_FOUND,
		/** 5xx, 429, timeouts, connection errors, after retries. */
		REMOTE

	}

}
