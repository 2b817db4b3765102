package com.vcshell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application's {@code --emulator} in a JVM of its own, as another process
 * sees it: its base URL, its credentials file, and its loopback control and state
 * endpoints.
 */
public final class EmulatorProcess implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Process process;

	private final URI baseUrl;

	private final HttpClient http = HttpClient.newHttpClient();

	private EmulatorProcess(Process process, URI baseUrl) {
		this.process = process;
		this.baseUrl = baseUrl;
	}

	/**
	 * Starts {@code java -jar target/vcshell.jar --emulator}, writing its profiles to the
	 * file.
	 */
	public static EmulatorProcess start(Path credentials, Path stderr) throws IOException {
		Process process = new ProcessBuilder(JarProcess.java(), "-jar", "target/vcshell.jar", "--emulator", "--port",
				"0", "--credentials-out", credentials.toString())
			.redirectError(stderr.toFile())
			.start();
		String first = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
			.readLine();
		assertThat(first).as("the emulator's base URL").startsWith("http://127.0.0.1:");
		return new EmulatorProcess(process, URI.create(first.strip()));
	}

	public URI baseUrl() {
		return this.baseUrl;
	}

	/** {@code POST /__emulator/control} with a JSON command. */
	public JsonNode control(String json) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(this.baseUrl.resolve("/__emulator/control"))
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/** {@code GET /__emulator/state?user_id=…}: the user's api id and pair count. */
	public JsonNode state(String userId) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(this.baseUrl.resolve("/__emulator/state?user_id=" + userId)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		this.process.waitFor(15, TimeUnit.SECONDS);
	}

}
