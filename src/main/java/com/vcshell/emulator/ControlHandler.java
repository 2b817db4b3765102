package com.vcshell.emulator;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The loopback-only control endpoint, for tests in another process. Unsigned.
 * <ul>
 * <li>{@code POST /__emulator/control} with {@code {"action": ...}}: {@code fail}
 * ({@code count}, {@code status}), {@code delay} ({@code count}, {@code millis}),
 * {@code drop} ({@code count}), {@code latency} ({@code millis}, every answer; 0: off),
 * {@code rate_limit} ({@code retry_after}), {@code rate_limit_off},
 * {@code rate_limit_per_minute} ({@code limit}; 0: off), {@code reset}, {@code pin_clock}
 * ({@code instant}, ISO-8601), {@code advance_clock} ({@code seconds}).</li>
 * <li>{@code GET /__emulator/state[?user_id=<id>]}: the clock, the settings, counters
 * and, for a user, the current API id and how many pairs it was ever issued.</li>
 * </ul>
 */
final class ControlHandler implements HttpHandler {

	static final String CONTROL = "/__emulator/control";

	static final String STATE = "/__emulator/state";

	private final EmulatorControls controls;

	private final Tenant tenant;

	private final JsonWriter json;

	ControlHandler(EmulatorControls controls, Tenant tenant, JsonWriter json) {
		this.controls = controls;
		this.tenant = tenant;
		this.json = json;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try {
			byte[] body = exchange.getRequestBody().readAllBytes();
			if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
				this.json.writeError(exchange, 403, "The control endpoint answers loopback clients only");
				return;
			}
			String path = exchange.getRequestURI().getPath();
			String method = exchange.getRequestMethod();
			if (path.equals(CONTROL) && method.equals("POST")) {
				this.json.write(exchange, control(body));
			}
			else if (path.equals(STATE) && method.equals("GET")) {
				this.json.write(exchange, ApiResponse.ok(state(exchange.getRequestURI().getRawQuery())));
			}
			else {
				this.json.writeError(exchange, 404, "No control endpoint " + method + " " + path);
			}
		}
		catch (ApiError ex) {
			this.json.writeError(exchange, ex.status(), ex.getMessage());
		}
		finally {
			exchange.close();
		}
	}

	private ApiResponse control(byte[] body) {
		JsonNode command;
		try {
			command = this.json.mapper().readTree(body);
		}
		catch (JacksonException ex) {
			throw ApiError.badRequest("The control body must be JSON");
		}
		String action = command.path("action").asString("");
		int count = command.path("count").asInt(1);
		try {
			switch (action) {
				case "fail" -> this.controls.failNext(count, command.path("status").asInt(503));
				case "delay" -> this.controls.delayNext(count, Duration.ofMillis(command.path("millis").asLong(1000)));
				case "drop" -> this.controls.dropNext(count);
				case "latency" -> this.controls.latency(Duration.ofMillis(wholeNumber(command, "millis")));
				case "rate_limit" -> this.controls.rateLimit(command.path("retry_after").asInt(1));
				case "rate_limit_off" -> this.controls.rateLimitOff();
				case "rate_limit_per_minute" -> this.controls.rateLimitPerMinute(wholeNumber(command, "limit"));
				case "reset" -> this.controls.reset();
				case "pin_clock" -> this.controls.pinClock(Instant.parse(command.path("instant").asString("")));
				case "advance_clock" ->
					this.controls.advanceClock(Duration.ofSeconds(command.path("seconds").asLong(0)));
				default -> throw ApiError.badRequest("Unknown action '" + action + "' (fail, delay, drop, latency,"
						+ " rate_limit, rate_limit_off, rate_limit_per_minute, reset, pin_clock, advance_clock)");
			}
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			throw ApiError.badRequest("Bad control command: " + ex.getMessage());
		}
		return ApiResponse.ok(state(null));
	}

	/** A whole number field that fits an {@code int}, or 400. */
	private static int wholeNumber(JsonNode command, String field) {
		JsonNode value = command.path(field);
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			throw ApiError.badRequest(
					"The action '" + command.path("action").asString("") + "' needs a whole number '" + field + "'");
		}
		return value.asInt();
	}

	private Map<String, Object> state(String rawQuery) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("now", JsonViews.timestamp(this.controls.now()));
		state.put("request_count", this.controls.requestCount());
		state.put("in_flight", this.controls.inFlight());
		state.put("max_in_flight", this.controls.maxInFlight());
		state.put("pending_faults", this.controls.pendingFaults());
		state.put("rate_limited", this.controls.rateLimited());
		state.put("rate_limit_per_minute", this.controls.rateLimitPerMinute());
		state.put("rate_limit_refusals", this.controls.rateLimitRefusals());
		state.put("latency_millis", this.controls.latency().toMillis());
		if (rawQuery != null && rawQuery.startsWith("user_id=")) {
			String userId = IdentityApi.userId(rawQuery.substring("user_id=".length()));
			this.tenant.user(userId).orElseThrow(() -> ApiError.notFound("User not found: " + userId));
			state.put("user_id", userId);
			state.put("api_id", this.tenant.activePair(userId).map(CredentialPair::apiId).orElse(null));
			state.put("pair_count", this.tenant.pairCount(userId));
		}
		return state;
	}

}
