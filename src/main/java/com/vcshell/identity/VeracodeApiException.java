package com.vcshell.identity;

/**
 * The Identity API refused a request or could not be reached. The message is one line a
 * person can act on: status, endpoint, and a hint. It never holds a secret or a raw
 * response body.
 */
public class VeracodeApiException extends RuntimeException {

	private final Kind kind;

	private final int status;

	public VeracodeApiException(Kind kind, int status, String message) {
		super(message);
		this.kind = kind;
		this.status = status;
	}

	public VeracodeApiException(Kind kind, int status, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.status = status;
	}

	public Kind kind() {
		return this.kind;
	}

	/** The HTTP status, or 0 when no response arrived. */
	public int status() {
		return this.status;
	}

	/** What went wrong, which decides the exit code. */
	public enum Kind {

		/** 400: the request was malformed. */
		BAD_REQUEST,
		/** 401 or 403: authentication failed or a role is missing. */
		REFUSED,
		/** 404: unknown user or credentials. */
		NOT_FOUND,
		/** 5xx, 429, timeouts, connection errors, after retries. */
		REMOTE

	}

}
