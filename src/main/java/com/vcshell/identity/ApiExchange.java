package com.vcshell.identity;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.vcshell.identity.VeracodeApiException.Kind;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Sends one {@link ApiRequest}: waits for the rate limiter, sends through the signing
 * {@link RestClient} (so every attempt is signed afresh), retries reads as the
 * {@link RetryPolicy} says, and turns failures into {@link VeracodeApiException}s.
 * Answers are read up to {@link #MAX_BODY_BYTES}: a larger 2xx answer is an error, and a
 * larger error answer is judged by its status alone. Debug logging names method, URL and
 * status only, never a header. Thread-safe: it keeps no state between calls.
 */
final class ApiExchange {

	private static final Logger logger = LoggerFactory.getLogger(ApiExchange.class);

	/**
	 * The largest answer read: no Identity API answer comes near it, and a server that
	 * sends more (a wrong base URL, a broken proxy) must not fill the memory.
	 */
	static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

	private final RestClient restClient;

	private final URI baseUrl;

	private final RetryPolicy retryPolicy;

	private final RateLimiter rateLimiter;

	private final Sleeper sleeper;

	private final ErrorMapper errors;

	ApiExchange(RestClient restClient, URI baseUrl, RetryPolicy retryPolicy, RateLimiter rateLimiter, Sleeper sleeper,
			ErrorMapper errors) {
		this.restClient = restClient;
		this.baseUrl = baseUrl;
		this.retryPolicy = retryPolicy;
		this.rateLimiter = rateLimiter;
		this.sleeper = sleeper;
		this.errors = errors;
	}

	/**
	 * Sends the request until it succeeds or may not be retried; returns the 2xx
	 * response.
	 */
	ApiResponse execute(ApiRequest request) {
		requireComplete(request);
		URI uri = request.uri(this.baseUrl);
		int maxAttempts = request.isRetriable() ? this.retryPolicy.maxAttempts() : 1;
		for (int attempt = 1;; attempt++) {
			pause(request, uri, null);
			ApiResponse response;
			try {
				response = send(request, uri);
			}
			catch (ResourceAccessException ex) {
				logger.debug("{} {} failed on attempt {}: {}", request.method(), uri, attempt, ex.getMessage());
				if (attempt < maxAttempts && !Thread.currentThread().isInterrupted()) {
					pause(request, uri, this.retryPolicy.backoff(attempt, null));
					continue;
				}
				throw this.errors.fromFailure(request, uri, ex, attempt);
			}
			if (response.isSuccess()) {
				return response;
			}
			if (attempt < maxAttempts && this.retryPolicy.isRetriable(response.status())) {
				String retryAfter = response.headers().getFirst(HttpHeaders.RETRY_AFTER);
				pause(request, uri, this.retryPolicy.backoff(attempt, retryAfter));
				continue;
			}
			throw this.errors.fromResponse(request, uri, response, attempt);
		}
	}

	/** A path value the API never gave (a user without id) stops the call here. */
	private static void requireComplete(ApiRequest request) {
		String missing = request.missingPathValue();
		if (missing != null) {
			String path = request.endpoint().pathTemplate().replace("{" + missing + "}", "<" + missing + ">");
			throw new VeracodeApiException(Kind.REMOTE, 0, "cannot send " + request.method() + " " + path + ": no "
					+ missing + " is known (the API gave none)");
		}
	}

	/**
	 * A generate is sent only when the caller was not interrupted (a Ctrl-C before it is
	 * sent cancels it), and once sent it is not given up: see
	 * {@link UninterruptibleCall}.
	 */
	private ApiResponse send(ApiRequest request, URI uri) {
		if (!request.generates()) {
			return sendOnce(request, uri);
		}
		if (Thread.currentThread().isInterrupted()) {
			throw new VeracodeApiException(Kind.REMOTE, 0, "interrupted before " + request.method() + " "
					+ uri.getRawPath() + " was sent; nothing was generated");
		}
		return UninterruptibleCall.call(() -> sendOnce(request, uri));
	}

	private ApiResponse sendOnce(ApiRequest request, URI uri) {
		RestClient.RequestBodySpec spec = this.restClient.method(request.method())
			.uri(uri)
			.accept(MediaType.APPLICATION_JSON);
		if (request.sendsContentType()) {
			spec.contentType(MediaType.APPLICATION_JSON);
		}
		String body = request.endpoint().body();
		if (body != null) {
			spec.body(body.getBytes(StandardCharsets.UTF_8));
		}
		return spec.exchange((httpRequest, httpResponse) -> {
			int status = httpResponse.getStatusCode().value();
			InputStream stream = httpResponse.getBody();
			boolean declaredTooLarge = httpResponse.getHeaders().getContentLength() > MAX_BODY_BYTES;
			byte[] content = declaredTooLarge ? null : readCapped(stream);
			if (content == null && stream != null) {
				stream.close(); // drops the connection: Spring would drain the rest first
			}
			if (content == null && status >= 200 && status < 300) {
				throw this.errors.tooLarge(request, uri, status, MAX_BODY_BYTES);
			}
			ApiResponse response = new ApiResponse(status, HttpHeaders.copyOf(httpResponse.getHeaders()),
					(content != null) ? content : new byte[0]);
			logger.debug("{} {} -> {} (conversation {})", request.method(), uri, response.status(),
					response.headers().getFirst("x-conversation-id"));
			return response;
		}, true);
	}

	/**
	 * The whole body, or {@code null} when it is larger than {@link #MAX_BODY_BYTES}
	 * (then no more than that is read).
	 */
	static byte @Nullable [] readCapped(@Nullable InputStream body) throws IOException {
		if (body == null) {
			return new byte[0];
		}
		byte[] content = body.readNBytes(MAX_BODY_BYTES + 1);
		return (content.length > MAX_BODY_BYTES) ? null : content;
	}

	/** Waits for the backoff (if any), then for the rate limiter. */
	private void pause(ApiRequest request, URI uri, Duration backoff) {
		try {
			if (backoff != null) {
				logger.debug("retrying {} {} in {}", request.method(), uri, backoff);
				this.sleeper.sleep(backoff);
				return;
			}
			this.rateLimiter.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new VeracodeApiException(Kind.REMOTE, 0,
					"interrupted before " + request.method() + " " + uri.getRawPath() + " was sent", ex);
		}
	}

}
