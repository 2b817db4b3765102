package com.vcshell.identity;

import org.springframework.http.HttpHeaders;

/**
 * A response read in full (up to the size cap): status, headers and body bytes.
 *
 * @param status the HTTP status code
 * @param headers the response headers
 * @param body the body, empty when there was none
 */
record ApiResponse(int status, HttpHeaders headers, byte[] body) {

	boolean isSuccess() {
		return this.status >= 200 && this.status < 300;
	}

	/** Status and body size only: the body of a generate holds a new secret. */
	@Override
	public String toString() {
		return "ApiResponse[status=" + this.status + ", body=" + this.body.length + " bytes]";
	}

}
