package com.vcshell.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.HmacSigner;
import com.vcshell.auth.NonceGenerator;

/**
 * The floor of bench/run.sh's per-command figure: the same signed GET a vcshell command
 * sends, done with nothing but {@link HmacSigner} and the JDK's {@link HttpClient} (one
 * client, a fresh timestamp and nonce per request, the body read as text and dropped).
 * <p>
 * Usage: {@code RawSignedLoop <credentials file> <profile> <count> <path>}, for example
 * {@code /tmp/creds demo 400 /api/authn/v2/users/self}; the profile's
 * {@code api_base_url} says where to send. Exits 1 on the first answer that is not 200.
 */
public final class RawSignedLoop {

	private RawSignedLoop() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		Map<String, String> profile = section(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8), args[1]);
		ApiCredentials credentials = ApiCredentials.of(profile.get("veracode_api_key_id"),
				profile.get("veracode_api_key_secret"));
		URI uri = URI.create(profile.get("api_base_url") + args[3]);
		int count = Integer.parseInt(args[2]);
		NonceGenerator nonces = NonceGenerator.secureRandom();
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		for (int i = 0; i < count; i++) {
			String authorization = HmacSigner.sign(credentials, "GET", uri, Instant.now(), nonces.nextNonce()).header();
			HttpRequest request = HttpRequest.newBuilder(uri)
				.header("Authorization", authorization)
				.header("Accept", "application/json")
				.GET()
				.build();
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				System.err.println("error: " + response.statusCode() + " on GET " + uri);
				System.exit(1);
			}
		}
	}

	/** The keys of one {@code [profile]} section of a credentials file, lower-cased. */
	private static Map<String, String> section(List<String> lines, String profile) {
		Map<String, String> keys = new HashMap<>();
		boolean inside = false;
		for (String raw : lines) {
			String line = raw.strip();
			if (line.startsWith("[")) {
				inside = line.equals("[" + profile + "]");
			}
			else if (inside && line.contains("=") && !line.startsWith("#")) {
				int eq = line.indexOf('=');
				keys.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), line.substring(eq + 1).strip());
			}
		}
		if (keys.isEmpty()) {
			throw new IllegalArgumentException("no profile [" + profile + "] in the credentials file");
		}
		return keys;
	}

}
