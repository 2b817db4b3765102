package com.vcshell.emulator;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Every request to the emulated API: injected faults first, then the signature, then the
 * endpoint. Errors become Identity-style JSON bodies; nothing leaks a stack trace.
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

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try {
			exchange.getRequestBody().readAllBytes();
			EmulatorControls.Fault fault = this.controls.nextFault();
			if (fault != null && !applyFault(exchange, fault)) {
				return;
			}
			this.json.write(exchange, answer(exchange));
		}
		finally {
			exchange.close();
		}
	}

	/** Applies a fault; {@code true} when the request should then be handled normally. */
	private boolean applyFault(HttpExchange exchange, EmulatorControls.Fault fault) throws IOException {
		if (fault.drop()) {
			return false;
		}
		if (!fault.delay().isZero()) {
			try {
				Thread.sleep(fault.delay().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
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
