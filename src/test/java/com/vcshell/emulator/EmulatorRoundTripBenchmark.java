package com.vcshell.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.HmacSigner;

/**
 * Times the in-process emulator over loopback with the JDK's {@code HttpClient}: one
 * signed {@code GET users/self} after another on a kept-alive connection, then batches of
 * 8 sent at once with 50 ms latency on every answer (served together, a batch takes about
 * 50 ms; queued, 400 ms). Prints medians, one line per figure. Not a test: run by
 * {@code bench/emulator.sh}; {@code -Dsun.net.httpserver.nodelay=false} shows the JDK
 * server's default, without {@code TCP_NODELAY}. Arguments:
 * {@code [requests] [batches (0: none)]}.
 */
public final class EmulatorRoundTripBenchmark {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final IdentityEmulator emulator;

	private final ApiCredentials credentials;

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private EmulatorRoundTripBenchmark(IdentityEmulator emulator) {
		this.emulator = emulator;
		this.credentials = ApiCredentials.of(emulator.admin().apiId(), emulator.admin().apiSecret());
	}

	public static void main(String[] args) throws Exception {
		int requests = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		int batches = (args.length > 1) ? Integer.parseInt(args[1]) : 20;
		try (IdentityEmulator emulator = IdentityEmulator.start(0)) {
			new EmulatorRoundTripBenchmark(emulator).run(requests, batches);
		}
	}

	private void run(int requests, int batches) throws Exception {
		for (int i = 0; i < 50; i++) {
			send();
		}
		double[] sequential = new double[requests];
		for (int i = 0; i < requests; i++) {
			long start = System.nanoTime();
			send();
			sequential[i] = (System.nanoTime() - start) / 1e6;
		}
		String nodelay = System.getProperty(IdentityEmulator.NODELAY);
		print("emulator: sequential signed GET (nodelay=" + nodelay + ")", median(sequential),
				"ms/request (median of " + requests + ")");
		if (batches > 0) {
			double[] batch = concurrentBatches(batches);
			print("emulator: 8 concurrent GETs at 50 ms latency", median(batch),
					"ms/batch (median of " + batches + "; served together: ~50, queued: ~400)");
			System.out.println(String.format(Locale.ROOT, "%-62s %4d", "emulator: most requests in flight at once",
					this.emulator.controls().maxInFlight()));
		}
	}

	private double[] concurrentBatches(int batches) {
		this.emulator.controls().latency(Duration.ofMillis(50));
		double[] batch = new double[batches];
		for (int b = 0; b < batches; b++) {
			long start = System.nanoTime();
			List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(this.client.sendAsync(request(), HttpResponse.BodyHandlers.ofString()));
			}
			CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
			batch[b] = (System.nanoTime() - start) / 1e6;
		}
		return batch;
	}

	private void send() throws Exception {
		HttpResponse<String> response = this.client.send(request(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("emulator answered " + response.statusCode() + ": " + response.body());
		}
	}

	private HttpRequest request() {
		URI uri = this.emulator.baseUrl().resolve("/api/authn/v2/users/self");
		byte[] nonce = new byte[16];
		RANDOM.nextBytes(nonce);
		String header = HmacSigner.sign(this.credentials, "GET", uri, Instant.now(), nonce).header();
		return HttpRequest.newBuilder(uri).header("Authorization", header).GET().build();
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int mid = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	}

	private static void print(String what, double value, String unit) {
		System.out.println(String.format(Locale.ROOT, "%-62s %7.2f %s", what, value, unit));
	}

}
