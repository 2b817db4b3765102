package com.vcshell.emulator;

/**
 * An answer of the emulated API.
 *
 * @param status the HTTP status
 * @param body a JSON-serialisable value
 * @param contentType the media type of the body
 */
record ApiResponse(int status, Object body, String contentType) {

	static final String JSON = "application/json";

	static final String HAL_JSON = "application/hal+json";

	static ApiResponse ok(Object body) {
		return new ApiResponse(200, body, JSON);
	}

	static ApiResponse hal(Object body) {
		return new ApiResponse(200, body, HAL_JSON);
	}

}
