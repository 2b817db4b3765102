package com.vcshell.identity;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.HmacSigner;
import com.vcshell.auth.NonceGenerator;
import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.emulator.SeedAccount;

/**
 * What one Identity API call costs in vcshell's client, next to its floor: a raw loop
 * that signs with {@link HmacSigner} and sends with the JDK {@link HttpClient}. Both make
 * the same two calls per round ({@code GET /users/self}, {@code GET /api_credentials}) to
 * the in-process emulator, interleaved, and the medians of wall time and of process CPU
 * time (client and emulator together, steadier than wall time on a busy machine) are
 * printed, with the ratios. Not a test: run it by hand (the emulator turns on
 * {@code TCP_NODELAY} itself; without it every answer stalls about 40 ms):
 *
 * <pre>
 * ./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     com.vcshell.identity.RequestCostBench [calls-per-round] [rounds]
 * </pre>
 */
public final class RequestCostBench {

	private static final String SELF = "/api/authn/v2/users/self";

	private static final String CREDENTIALS = "/api/authn/v2/api_credentials";

	private static final com.sun.management.OperatingSystemMXBean CPU = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private final URI base;

	private final ApiCredentials credentials;

	private final HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final NonceGenerator nonces = NonceGenerator.secureRandom();

	private final IdentityClient client;

	private RequestCostBench(URI base, ApiCredentials credentials) {
		this.base = base;
		this.credentials = credentials;
		IdentityClientSettings settings = IdentityClientSettings.defaults(Map.of()).withLimits(3, 1_000_000);
		this.client = RestIdentityClient.create(base, () -> credentials, settings);
	}

	public static void main(String[] args) throws Exception {
		int calls = (args.length > 0) ? Integer.parseInt(args[0]) : 1000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 7;
		PrintStream out = System.out;
		try (IdentityEmulator emulator = IdentityEmulator.start(0, Clock.systemUTC())) {
			SeedAccount admin = emulator.admin();
			RequestCostBench bench = new RequestCostBench(emulator.baseUrl(),
					ApiCredentials.of(admin.apiId(), admin.apiSecret()));
			bench.rawRound(calls);
			bench.clientRound(calls);
			List<double[]> raw = new ArrayList<>();
			List<double[]> vcshell = new ArrayList<>();
			for (int round = 0; round < rounds; round++) {
				raw.add(bench.rawRound(calls));
				vcshell.add(bench.clientRound(calls));
			}
			for (int i = 0; i < 2; i++) {
				String what = (i == 0) ? "wall" : "process CPU";
				double rawMedian = median(raw, i);
				double clientMedian = median(vcshell, i);
				out.printf("%s: raw signed HttpClient loop %.1f us/call, vcshell %.1f us/call, ratio %.2f%n", what,
						rawMedian, clientMedian, clientMedian / rawMedian);
			}
			out.printf("%d calls x %d rounds, interleaved; medians; %s%n", calls, rounds,
					System.getProperty("java.vm.version"));
			out.printf("Timestamps.parse: %.0f ns/parse%n", timestampCost());
		}
	}

	/** Wall and process CPU microseconds per call of the raw loop. */
	private double[] rawRound(int calls) throws Exception {
		long start = System.nanoTime();
		long cpu = CPU.getProcessCpuTime();
		for (int i = 0; i < calls; i += 2) {
			rawGet(SELF);
			rawGet(CREDENTIALS);
		}
		return perCall(start, cpu, calls);
	}

	private static double[] perCall(long start, long cpu, int calls) {
		return new double[] { Math.round((System.nanoTime() - start) / 100.0 / calls) / 10.0,
				Math.round((CPU.getProcessCpuTime() - cpu) / 100.0 / calls) / 10.0 };
	}

	private void rawGet(String path) throws Exception {
		URI uri = this.base.resolve(path);
		String header = HmacSigner.sign(this.credentials, "GET", uri, Instant.now(), this.nonces.nextNonce()).header();
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Authorization", header)
			.header("Accept", "application/json")
			.GET()
			.build();
		HttpResponse<byte[]> response = this.raw.send(request, HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(
					response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
		}
	}

	/** Wall and process CPU microseconds per call of vcshell's client. */
	private double[] clientRound(int calls) {
		long start = System.nanoTime();
		long cpu = CPU.getProcessCpuTime();
		for (int i = 0; i < calls; i += 2) {
			this.client.self();
			this.client.ownCredentials();
		}
		return perCall(start, cpu, calls);
	}

	private static double timestampCost() {
		String[] samples = { "2025-06-01T10:00:00.000+0000", "2025-06-01T10:00:00.123Z", "2026-11-08T04:47:53Z",
				"2006-01-02 15:04:05 UTC" };
		long sink = 0;
		int n = 200_000;
		for (int warm = 0; warm < 2; warm++) {
			long start = System.nanoTime();
			for (int i = 0; i < n; i++) {
				Instant parsed = Timestamps.parse(samples[i & 3]);
				sink += (parsed != null) ? parsed.getNano() : 0;
			}
			if (warm == 1) {
				return (System.nanoTime() - start) / (double) n + (sink & 0);
			}
		}
		return 0;
	}

	private static double median(List<double[]> rounds, int index) {
		double[] sorted = rounds.stream().mapToDouble((round) -> round[index]).toArray();
		Arrays.sort(sorted);
		return Math.round(sorted[sorted.length / 2] * 10) / 10.0;
	}

}
