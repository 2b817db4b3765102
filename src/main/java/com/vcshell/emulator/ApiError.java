package com.vcshell.emulator;

/**
 * An error answer of the emulated API: a status and a message for the Identity-style body
 * {@code {"http_code":..,"http_status":"..","message":".."}}. Never carries a secret.
 */
final class ApiError extends RuntimeException {

	private final int status;

	ApiError(int status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	int status() {
		return this.status;
	}

	static ApiError unauthorized(String message) {
		return new ApiError(401, message);
	}

	static ApiError forbidden(String message) {
		return new ApiError(403, message);
	}

	static ApiError notFound(String message) {
		return new ApiError(404, message);
	}

	static ApiError badRequest(String message) {
		return new ApiError(400, message);
	}

}
