package com.vcshell.identity;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.vcshell.identity.VeracodeApiException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Sends one {@link ApiRequest}: waits for the rate limiter, sends through the signing
 * {@link RestClient} (so every attempt is signed afresh), retries reads as the
 * {@link RetryPolicy} says, and turns failures into {@link VeracodeApiException}s. Debug
 * logging names method, URL and status only, never a header.
 */
final class ApiExchange {

	private static final Logger logger = LoggerFactory.getLogger(ApiExchange.class);

	private static final byte[] EMPTY_JSON_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

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
		URI uri = request.uri(this.baseUrl);
		int maxAttempts = request.isRetriable() ? this.retryPolicy.maxAttempts() : 1;
		for (int attempt = 1;; attempt++) {
			pause(request, uri, null);
			ApiResponse response;
			try {
				response = sendOnce(request, uri);
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

	private ApiResponse sendOnce(ApiRequest request, URI uri) {
		RestClient.RequestBodySpec spec = this.restClient.method(request.method())
			.uri(uri)
			.accept(MediaType.APPLICATION_JSON);
		if (request.sendsContentType()) {
			spec.contentType(MediaType.APPLICATION_JSON);
		}
		if (request.method() == HttpMethod.POST) {
			spec.body(EMPTY_JSON_OBJECT);
		}
		return spec.exchange((httpRequest, httpResponse) -> {
			ApiResponse response = new ApiResponse(httpResponse.getStatusCode().value(),
					HttpHeaders.copyOf(httpResponse.getHeaders()), readBody(httpResponse.getBody()));
			logger.debug("{} {} -> {} (conversation {})", request.method(), uri, response.status(),
					response.headers().getFirst("x-conversation-id"));
			return response;
		}, true);
	}

	private static byte[] readBody(java.io.InputStream body) throws IOException {
		return (body != null) ? StreamUtils.copyToByteArray(body) : new byte[0];
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
