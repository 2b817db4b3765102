package com.vcshell.emulator;

import java.io.IOException;
import java.io.OutputStream;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.json.JsonMapper;

/** Writes JSON answers onto exchanges. */
final class JsonWriter {

	private final JsonMapper mapper = JsonMapper.builder().build();

	JsonMapper mapper() {
		return this.mapper;
	}

	void write(HttpExchange exchange, ApiResponse response) throws IOException {
		byte[] body = this.mapper.writeValueAsBytes(response.body());
		exchange.getResponseHeaders().set("Content-Type", response.contentType());
		exchange.sendResponseHeaders(response.status(), body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	void writeError(HttpExchange exchange, int status, String message) throws IOException {
		write(exchange, new ApiResponse(status, JsonViews.error(status, message), ApiResponse.JSON));
	}

}
