package com.vcshell;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.HmacSigner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar target/vcshell.jar --emulator}: another program reads the printed base
 * URL and the credentials file, signs a request itself, and the emulator answers; SIGTERM
 * stops it.
 */
class EmulatorCommandIT {

	@TempDir
	Path dir;

	@Test
	void servesSignedRequestsUntilTerminated() throws Exception {
		Path credentials = this.dir.resolve("emulator.credentials");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-jar", "target/vcshell.jar", "--emulator", "--port", "0",
				"--credentials-out", credentials.toString())
			.redirectError(this.dir.resolve("stderr.txt").toFile())
			.start();
		try {
			BufferedReader stdout = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			URI baseUrl = URI.create(stdout.readLine());
			Map<String, String> demo = section(Files.readString(credentials), "demo");
			ApiCredentials key = ApiCredentials.of(demo.get("veracode_api_key_id"),
					demo.get("veracode_api_key_secret"));
			URI self = baseUrl.resolve("/api/authn/v2/users/self");
			byte[] nonce = new byte[16];
			new SecureRandom().nextBytes(nonce);
			String header = HmacSigner.sign(key, "GET", self, Instant.now(), nonce).header();

			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(self).header("Authorization", header).build(),
						HttpResponse.BodyHandlers.ofString());

			assertThat(baseUrl.toString()).startsWith("http://127.0.0.1:");
			assertThat(demo.get("api_base_url")).isEqualTo(baseUrl.toString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(response.body()).contains("\"user_name\":\"vcshell-admin-api\"");
		}
		finally {
			process.destroy();
			assertThat(process.waitFor(15, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
		}
	}

	private static Map<String, String> section(String ini, String name) {
		Map<String, String> values = new HashMap<>();
		boolean inSection = false;
		for (String line : ini.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("[")) {
				inSection = trimmed.equals("[" + name + "]");
			}
			else if (inSection && trimmed.contains("=") && !trimmed.startsWith("#")) {
				values.put(trimmed.substring(0, trimmed.indexOf('=')).strip(),
						trimmed.substring(trimmed.indexOf('=') + 1).strip());
			}
		}
		return values;
	}

}
