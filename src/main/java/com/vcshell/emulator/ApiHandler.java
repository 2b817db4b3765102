package com.vcshell.emulator;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Every request to the emulated API: the latency first, then rate limits and injected
 * faults, then the signature, then the endpoint. Errors become Identity-style JSON
 * bodies; nothing leaks a stack trace. Runs on the server's pool, one thread per request
 * being handled, so requests overlap.
 */
final class ApiHandler implements HttpHandler {

	private final EmulatorControls controls;

	private final SignatureVerifier verifier;

	private final Tenant tenant;

	private final IdentityApi api;

	private final JsonWriter json;

	private final URI baseUrl;

	ApiHandler(EmulatorControls controls, SignatureVerifier verifier, Tenant tenant, JsonWriter json, URI baseUrl) {
		this.controls = controls;
		this.verifier = verifier;
		this.tenant = tenant;
		this.api = new IdentityApi(tenant);
		this.json = json;
		this.baseUrl = baseUrl;
	}

	/**
	 * Handles one request. It counts as in flight from its arrival until its answer is
	 * decided, not until the exchange is closed: a client that sends its next request as
	 * soon as it has read an answer never shows as two requests at once.
	 */
	@Override
	public void handle(HttpExchange exchange) throws IOException {
		Runnable answering = this.controls.started();
		try {
			exchange.getRequestBody().readAllBytes();
			if (!sleep(this.controls.latency())) {
				return;
			}
			Fault fault = this.controls.nextFault();
			if (fault != null && !applyFault(exchange, fault, answering)) {
				return;
			}
			ApiResponse response = answer(exchange);
			answering.run();
			this.json.write(exchange, response);
		}
		finally {
			answering.run();
			exchange.close();
		}
	}

	/** Applies a fault; {@code true} when the request should then be handled normally. */
	private boolean applyFault(HttpExchange exchange, Fault fault, Runnable answering) throws IOException {
		if (fault.drop()) {
			return false;
		}
		if (!sleep(fault.delay())) {
			return false;
		}
		if (fault.retryAfter() >= 0 || fault.status() != 0) {
			answering.run();
		}
		if (fault.retryAfter() >= 0) {
			exchange.getResponseHeaders().set("Retry-After", Integer.toString(fault.retryAfter()));
			this.json.writeError(exchange, 429,
					"Too many requests: rate limit exceeded, retry after " + fault.retryAfter() + " seconds");
			return false;
		}
		if (fault.status() != 0) {
			this.json.writeError(exchange, fault.status(), "Injected failure (emulator control)");
			return false;
		}
		return true;
	}

	/** Waits; {@code false} when interrupted (the emulator is stopping). */
	private static boolean sleep(Duration duration) {
		if (duration.isZero()) {
			return true;
		}
		try {
			Thread.sleep(duration.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private ApiResponse answer(HttpExchange exchange) {
		try {
			String method = exchange.getRequestMethod();
			URI target = exchange.getRequestURI();
			CredentialPair pair = this.verifier.verify(method, exchange.getRequestHeaders().getFirst("Host"), target,
					exchange.getRequestHeaders().getFirst("Authorization"));
			TenantUser caller = this.tenant.user(pair.userId())
				.orElseThrow(() -> ApiError.unauthorized("The account of these credentials no longer exists"));
			ApiRequest request = new ApiRequest(caller, pair, method.toUpperCase(Locale.ROOT), target.getPath(),
					target.getRawQuery(), this.baseUrl);
			return this.api.handle(request);
		}
		catch (ApiError ex) {
			return new ApiResponse(ex.status(), JsonViews.error(ex.status(), ex.getMessage()), ApiResponse.JSON);
		}
		catch (RuntimeException ex) {
			return new ApiResponse(500,
					JsonViews.error(500, "Internal emulator error (" + ex.getClass().getSimpleName() + ")"),
					ApiResponse.JSON);
		}
	}

}
