package com.vcshell.auth;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Times one {@code Authorization} header, as the interceptor makes it (clock, secure
 * nonce, {@link HmacSigner}), against Veracode's own {@code HmacAuthHeaderGenerator}
 * (which picks its own nonce and timestamp) and against a floor: the same work written
 * straight with one reused {@code Mac} on one thread. Not a test: run by
 * {@code bench/signer.sh}.
 * <p>
 * Each round times a batch of each variant, in an order that rotates from round to round;
 * warm-up rounds come first and are not counted. Prints the median time per header of
 * each variant and the median of the per-round ratios (load on the machine cancels out
 * within a round). Arguments: {@code [oracle jar] [rounds] [headers per batch]}.
 */
public final class SignerBenchmark {

	private static final int WARMUP_ROUNDS = 5;

	private static final String ID = "3ddaeeb10ca690df3fee5e3bd1c329fa";

	private static final String SECRET = "0123456789abcdef".repeat(8);

	/** Keeps the JIT from dropping work whose result is unused. */
	private static volatile int sink;

	private final List<URI> uris = new ArrayList<>();

	private final List<URL> urls = new ArrayList<>();

	private final Method oracle;

	private final ApiCredentials credentials = ApiCredentials.of(ID, SECRET);

	private final Clock clock = Clock.systemUTC();

	private final NonceGenerator nonces = NonceGenerator.secureRandom();

	private final Floor floor = new Floor();

	private SignerBenchmark(Method oracle) throws Exception {
		this.oracle = oracle;
		Random random = new Random(42);
		for (int i = 0; i < 64; i++) {
			String url = "https://api.veracode.com/api/authn/v2/users/"
					+ new java.util.UUID(random.nextLong(), random.nextLong())
					+ ((i % 2 == 0) ? "" : "?page=" + i + "&size=50&email_address=u%40example.com");
			this.uris.add(URI.create(url));
			this.urls.add(new URL(url));
		}
	}

	public static void main(String[] args) throws Throwable {
		Path jar = Path.of((args.length > 0) ? args[0] : "target/oracle/vosp-api-wrappers-java.jar");
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 9;
		int batch = (args.length > 2) ? Integer.parseInt(args[2]) : 20_000;
		if (!Files.isRegularFile(jar)) {
			throw new IllegalArgumentException("Veracode's library not found at " + jar + " (run ./mvnw test-compile)");
		}
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() },
				ClassLoader.getPlatformClassLoader())) {
			Method oracle = loader.loadClass("com.veracode.http.util.HmacAuthHeaderGenerator")
				.getMethod("getVeracodeAuthorizationHeader", String.class, String.class, URL.class, String.class);
			new SignerBenchmark(oracle).run(rounds, batch);
		}
	}

	private void run(int rounds, int batch) throws Throwable {
		Variant[] variants = { this::ours, this::veracodes, this.floor::header };
		double[][] micros = new double[variants.length][rounds];
		for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
			for (int k = 0; k < variants.length; k++) {
				int v = Math.floorMod(round + k, variants.length);
				double perHeader = time(variants[v], batch);
				if (round >= 0) {
					micros[v][round] = perHeader;
				}
			}
		}
		double[] ratios = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			ratios[round] = micros[1][round] / micros[0][round];
		}
		String load = String.format(Locale.ROOT, "%d rounds of %d headers", rounds, batch);
		print("signer: vcshell HmacSigner", median(micros[0]), "us/header (" + load + ")");
		print("signer: Veracode's HmacAuthHeaderGenerator", median(micros[1]), "us/header");
		print("signer: floor (one reused Mac, straight-line code)", median(micros[2]), "us/header");
		print("signer: Veracode's time / ours (median of per-round ratios)", median(ratios), "x (target >= 2)");
	}

	private static double time(Variant variant, int batch) throws Throwable {
		int hash = 0;
		long start = System.nanoTime();
		for (int i = 0; i < batch; i++) {
			hash += variant.header(i).length();
		}
		long elapsed = System.nanoTime() - start;
		sink += hash;
		return elapsed / 1000.0 / batch;
	}

	private String ours(int i) {
		return HmacSigner
			.sign(this.credentials, "GET", this.uris.get(i & 63), this.clock.instant(), this.nonces.nextNonce())
			.header();
	}

	private String veracodes(int i) throws Throwable {
		return (String) this.oracle.invoke(null, ID, SECRET, this.urls.get(i & 63), "GET");
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int mid = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	}

	private static void print(String what, double value, String unit) {
		System.out.println(String.format(Locale.ROOT, "%-62s %6.2f %s", what, value, unit));
	}

	@FunctionalInterface
	private interface Variant {

		String header(int i) throws Throwable;

	}

	/**
	 * The floor: what a header costs with nothing but the work itself, for one thread,
	 * with one {@code Mac} kept in a field.
	 */
	private final class Floor {

		private final Mac mac;

		private final byte[] secret = HexFormat.of().parseHex(SECRET);

		Floor() {
			try {
				this.mac = Mac.getInstance("HmacSHA256");
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

		String header(int i) throws Exception {
			URI uri = SignerBenchmark.this.uris.get(i & 63);
			String ts = Long.toString(SignerBenchmark.this.clock.millis());
			byte[] nonce = SignerBenchmark.this.nonces.nextNonce();
			String query = uri.getRawQuery();
			String data = "id=" + ID + "&host=" + uri.getHost() + "&url=" + uri.getRawPath()
					+ ((query == null) ? "" : "?" + query) + "&method=GET";
			byte[] key = hmac(this.secret, nonce);
			key = hmac(key, ts.getBytes(StandardCharsets.UTF_8));
			key = hmac(key, "vcode_request_version_1".getBytes(StandardCharsets.UTF_8));
			byte[] sig = hmac(key, data.getBytes(StandardCharsets.UTF_8));
			HexFormat hex = HexFormat.of();
			return "VERACODE-HMAC-SHA-256 id=" + ID + ",ts=" + ts + ",nonce=" + hex.formatHex(nonce) + ",sig="
					+ hex.formatHex(sig);
		}

		private byte[] hmac(byte[] key, byte[] message) throws Exception {
			this.mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return this.mac.doFinal(message);
		}

	}

}
