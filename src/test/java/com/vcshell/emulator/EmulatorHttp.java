package com.vcshell.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.HmacSigner;

/**
 * Test client for the emulator: signed requests over real HTTP, and raw socket requests.
 */
final class EmulatorHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final IdentityEmulator emulator;

	EmulatorHttp(IdentityEmulator emulator) {
		this.emulator = emulator;
	}

	/** Signs with the account's seeded pair at the emulator's current time. */
	Response send(SeedAccount account, String method, String pathAndQuery) {
		return send(ApiCredentials.of(account.apiId(), account.apiSecret()), method, pathAndQuery);
	}

	Response send(ApiCredentials credentials, String method, String pathAndQuery) {
		return send(credentials, method, pathAndQuery, this.emulator.controls().now(), nonce());
	}

	Response send(ApiCredentials credentials, String method, String pathAndQuery, Instant timestamp, byte[] nonce) {
		URI uri = this.emulator.baseUrl().resolve(pathAndQuery);
		String header = HmacSigner.sign(credentials, method, uri, timestamp, nonce).header();
		return sendWithHeader(method, pathAndQuery, header);
	}

	/** Sends with the given Authorization header (or none when null). */
	Response sendWithHeader(String method, String pathAndQuery, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.emulator.baseUrl().resolve(pathAndQuery))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
					: HttpRequest.BodyPublishers.noBody());
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			Map<String, String> headers = new LinkedHashMap<>();
			response.headers()
				.map()
				.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
			return new Response(response.statusCode(), headers, response.body());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Posts a command to the control endpoint (unsigned). */
	Response control(String json) {
		return unsigned(HttpRequest.newBuilder(this.emulator.baseUrl().resolve("/__emulator/control"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** The control endpoint's state. */
	Response state() {
		return unsigned(HttpRequest.newBuilder(this.emulator.baseUrl().resolve("/__emulator/state")).GET());
	}

	private Response unsigned(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), Map.of(), response.body());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A request written by hand on a socket, so the method, request-target and Host
	 * header are exactly as given.
	 */
	Response raw(String method, String target, String host, String authorization) throws IOException {
		try (Socket socket = new Socket(this.emulator.baseUrl().getHost(), this.emulator.baseUrl().getPort())) {
			socket.setSoTimeout(10_000);
			String request = method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: "
					+ authorization + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int headerEnd = text.indexOf("\r\n\r\n");
			String[] lines = text.substring(0, headerEnd).split("\r\n");
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip());
			}
			return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(headerEnd + 4));
		}
	}

	static byte[] nonce() {
		byte[] nonce = new byte[16];
		RANDOM.nextBytes(nonce);
		return nonce;
	}

	record Response(int status, Map<String, String> headers, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		String message() {
			return json().path("message").asString("");
		}

	}

}
