package com.vcshell.identity;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import com.vcshell.identity.VeracodeApiException.Kind;

import org.springframework.http.HttpStatus;

/**
 * Turns a failed exchange into a {@link VeracodeApiException} with one line a person can
 * act on: the status, method and endpoint path, and a hint. The server's own message is
 * added, shortened, but never the raw body, and never a secret.
 */
final class ErrorMapper {

	static final String ROLE_HINT = "your account lacks the role: needs Admin API (API account) or Administrator (user)";

	private final IdentityJson json;

	private final UnauthorizedDiagnosis unauthorized;

	ErrorMapper(IdentityJson json, UnauthorizedDiagnosis unauthorized) {
		this.json = json;
		this.unauthorized = unauthorized;
	}

	/**
	 * The exception for a response with a non-2xx status, after {@code attempts} tries.
	 */
	VeracodeApiException fromResponse(ApiRequest request, URI uri, ApiResponse response, int attempts) {
		int status = response.status();
		String where = statusText(status) + " on " + endpoint(request, uri) + ": ";
		String server = ErrorBodies.message(this.json.tree(response.body()));
		String fromServer = (server != null) ? " (server says: " + server + ")" : "";
		if (request.generates() && status >= 500) {
			return ambiguous(request, uri, statusText(status), status, null);
		}
		if (status == 401) {
			return new VeracodeApiException(Kind.REFUSED, status,
					where + this.unauthorized.diagnose(uri, response.headers()) + fromServer);
		}
		if (status == 403) {
			return new VeracodeApiException(Kind.REFUSED, status, where + ROLE_HINT + fromServer);
		}
		if (status == 404) {
			return new VeracodeApiException(Kind.NOT_FOUND, status, where + "not found: " + request.subject());
		}
		if (status == 429 || status >= 500) {
			return new VeracodeApiException(Kind.REMOTE, status, "Veracode API unavailable (" + statusText(status)
					+ ") after " + attempts(attempts) + " on " + endpoint(request, uri) + "; try again later");
		}
		if (status >= 400) {
			return new VeracodeApiException(Kind.BAD_REQUEST, status,
					where + "the API rejected the request" + ((server != null) ? ": " + server : ""));
		}
		return new VeracodeApiException(Kind.REMOTE, status, where + "unexpected response status");
	}

	/** The exception for a request that got no response (connection failure, timeout). */
	VeracodeApiException fromFailure(ApiRequest request, URI uri, Throwable failure, int attempts) {
		Throwable cause = rootIo(failure);
		String reason = describe(cause);
		if (request.generates() && !neverSent(cause)) {
			return ambiguous(request, uri, reason, 0, failure);
		}
		String outcome = request.generates() ? "; nothing was generated" : "";
		return new VeracodeApiException(Kind.REMOTE, 0, "cannot reach " + uri.getHost() + ": " + reason + " ("
				+ endpoint(request, uri) + ", " + attempts(attempts) + ")" + outcome, failure);
	}

	/** The response to a body we could not read as the JSON expected. */
	VeracodeApiException unreadable(ApiRequest request, URI uri, int status) {
		return new VeracodeApiException(Kind.REMOTE, status, statusText(status) + " on " + endpoint(request, uri)
				+ ": the response was not the JSON expected; is the API base URL right?");
	}

	/**
	 * A 2xx answer over the size cap, which was not read. After a generate the new pair
	 * may exist all the same.
	 */
	VeracodeApiException tooLarge(ApiRequest request, URI uri, int status, long limit) {
		String reason = statusText(status) + " with an answer over " + (limit >> 20) + " MiB";
		if (request.generates()) {
			return ambiguous(request, uri, reason, status, null);
		}
		return new VeracodeApiException(Kind.REMOTE, status,
				reason + " on " + endpoint(request, uri) + ": not read; is the API base URL right?");
	}

	/** A 2xx answer to a generate without a complete, readable credential pair. */
	VeracodeApiException unshownCredentials(ApiRequest request, URI uri, int status) {
		return ambiguous(request, uri, statusText(status) + " without a complete credential pair", status, null);
	}

	private static VeracodeApiException ambiguous(ApiRequest request, URI uri, String reason, int status,
			Throwable cause) {
		String user = request.pathValue("userId");
		String check = (user == null) ? "expiration self" : "expiration user " + user;
		String message = "generating credentials failed (" + reason + ") on " + endpoint(request, uri)
				+ ": the new credentials may or may not have been generated; check with '" + check
				+ "' before retrying";
		return new VeracodeApiException(Kind.REMOTE, status, message, cause, true);
	}

	private static String endpoint(ApiRequest request, URI uri) {
		return request.method().name() + " " + uri.getRawPath();
	}

	private static String attempts(int attempts) {
		return attempts + ((attempts == 1) ? " attempt" : " attempts");
	}

	static String statusText(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? status + " " + known.getReasonPhrase() : Integer.toString(status);
	}

	/** Whether the failure proves the request never reached the server. */
	private static boolean neverSent(Throwable cause) {
		return cause instanceof ConnectException || cause instanceof UnknownHostException
				|| cause instanceof NoRouteToHostException || cause instanceof HttpConnectTimeoutException;
	}

	private static String describe(Throwable cause) {
		if (cause instanceof UnknownHostException) {
			return "unknown host";
		}
		if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
			return "connection refused";
		}
		if (cause instanceof HttpConnectTimeoutException) {
			return "connect timed out";
		}
		if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
			return "timed out waiting for the response";
		}
		if (wasInterrupted(cause)) {
			return "interrupted (Ctrl-C)";
		}
		String message = (cause.getMessage() != null) ? ErrorBodies.oneLine(cause.getMessage()) : null;
		return (message != null) ? message : cause.getClass().getSimpleName();
	}

	/** The JDK client reports an interrupted thread as "Request was interrupted". */
	private static boolean wasInterrupted(Throwable cause) {
		for (Throwable t = cause; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof InterruptedException
					|| (t.getMessage() != null && t.getMessage().startsWith("Request was interrupted"))) {
				return true;
			}
		}
		return false;
	}

	/** The outermost I/O exception in the chain (Spring wraps it), else the root. */
	private static Throwable rootIo(Throwable failure) {
		Throwable current = failure;
		while (!(current instanceof IOException) && current.getCause() != null && current.getCause() != current) {
			current = current.getCause();
		}
		return current;
	}

}
