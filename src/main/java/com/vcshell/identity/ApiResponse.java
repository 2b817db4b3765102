package com.vcshell.identity;

import org.springframework.http.HttpHeaders;

/**
 * A response read in full: status, headers and body bytes.
 *
 * @param status the HTTP status code
 * @param headers the response headers
 * @param body the body, empty when there was none
 */
record ApiResponse(int status, HttpHeaders headers, byte[] body) {

	boolean isSuccess() {
		return this.status >= 200 && this.status < 300;
	}

}
