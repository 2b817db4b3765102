package com.vcshell.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Veracode's {@code VERACODE-HMAC-SHA-256} request signature, as a pure function of its
 * inputs. Nothing here reads a clock or a random source: the timestamp and the nonce are
 * arguments, so every step can be checked against known answers
 * ({@link Signature#steps()}).
 * <p>
 * Signing computes only what the header needs. The engine is one {@code HmacSHA256}
 * {@link Mac} per thread, re-keyed for each link of the key chain
 * ({@code Mac.getInstance} costs more than a link, and a {@code Mac} is not thread-safe).
 * Between two signatures that engine holds only the pads of the last request's last key
 * ({@code kSig}, bound to a nonce already spent), never the secret, and no result depends
 * on it.
 *
 * @see <a href="https://docs.veracode.com/r/c_enabling_hmac">Veracode: HMAC
 * authentication</a>
 */
public final class HmacSigner {

	/** The authorization scheme, the first word of the header value. */
	public static final String SCHEME = "VERACODE-HMAC-SHA-256";

	private static final byte[] REQUEST_VERSION = utf8("vcode_request_version_1");

	private static final String ALGORITHM = "HmacSHA256";

	private static final HexFormat HEX = HexFormat.of();

	private static final byte[] ID_FIELD = utf8("id=");

	private static final byte[] HOST_FIELD = utf8("&host=");

	private static final byte[] URL_FIELD = utf8("&url=");

	private static final byte[] METHOD_FIELD = utf8("&method=");

	private static final ThreadLocal<Mac> ENGINES = ThreadLocal.withInitial(HmacSigner::newEngine);

	private HmacSigner() {
	}

	/**
	 * Signs a request given as a URI: the host is taken without port and lower-cased, the
	 * path and query raw (still percent-encoded, as sent on the wire), the method
	 * upper-cased.
	 */
	public static Signature sign(ApiCredentials credentials, String method, URI uri, Instant timestamp, byte[] nonce) {
		return sign(credentials, method, uri.getHost(), pathAndQuery(uri), timestamp, nonce);
	}

	/** Signs a request given as its canonical parts. */
	public static Signature sign(ApiCredentials credentials, String method, String host, String pathAndQuery,
			Instant timestamp, byte[] nonce) {
		Request request = new Request(credentials, method.toUpperCase(Locale.ROOT), host.toLowerCase(Locale.ROOT),
				pathAndQuery, Long.toString(timestamp.toEpochMilli()), nonce.clone());
		byte[][] chain = keyChain(ENGINES.get(), request);
		String sig = HEX.formatHex(chain[3]);
		wipe(chain);
		return new Signature(request, sig);
	}

	/**
	 * The signed URL field: the raw path, plus {@code ?} and the raw query when the query
	 * is non-empty. Never a bare trailing {@code ?}.
	 */
	public static String pathAndQuery(URI uri) {
		String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
		String query = uri.getRawQuery();
		return (query == null || query.isEmpty()) ? path : path + "?" + query;
	}

	/**
	 * Step 4, the key chain: {@code kNonce}, {@code kDate}, {@code kSig} and the
	 * signature, in that order, as raw bytes.
	 */
	private static byte[][] keyChain(Mac engine, Request request) {
		byte[] kNonce = kNonce(engine, request.credentials(), request.nonce());
		byte[] kDate = hmac(engine, kNonce, utf8(request.timestamp()));
		byte[] kSig = hmac(engine, kDate, REQUEST_VERSION);
		byte[] sig = sig(engine, kSig, request);
		return new byte[][] { kNonce, kDate, kSig, sig };
	}

	/**
	 * Step 4, last link: {@code HMAC(kSig, signing data)}, the signing data (step 1) fed
	 * to the engine in its parts rather than built as one string first.
	 */
	private static byte[] sig(Mac engine, byte[] kSig, Request request) {
		init(engine, kSig);
		engine.update(ID_FIELD);
		engine.update(utf8(request.credentials().apiId()));
		engine.update(HOST_FIELD);
		engine.update(utf8(request.host()));
		engine.update(URL_FIELD);
		engine.update(utf8(request.pathAndQuery()));
		engine.update(METHOD_FIELD);
		engine.update(utf8(request.method()));
		return engine.doFinal();
	}

	/**
	 * Step 4, first link: {@code HMAC(secret, nonce)}, the secret hex-decoded. The copy
	 * of the secret is wiped once the engine holds it.
	 */
	private static byte[] kNonce(Mac engine, ApiCredentials credentials, byte[] nonce) {
		byte[] secret = credentials.secretBytes();
		try {
			return hmac(engine, secret, nonce);
		}
		finally {
			Arrays.fill(secret, (byte) 0);
		}
	}

	/** Step 4, one link of the key chain: HMAC-SHA256 of a message under a key. */
	private static byte[] hmac(Mac engine, byte[] key, byte[] message) {
		init(engine, key);
		return engine.doFinal(message);
	}

	private static void init(Mac engine, byte[] key) {
		try {
			engine.init(new SecretKeySpec(key, ALGORITHM));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 refused a key", ex);
		}
	}

	/**
	 * Step 1, the signing data:
	 * {@code id=<id>&host=<host>&url=<path?query>&method=<METHOD>}, host lower-cased and
	 * method upper-cased (both done by {@link #sign}). Built only when asked for: the
	 * signature feeds the same fields to the engine one by one.
	 */
	static String signingData(String apiId, String host, String pathAndQuery, String method) {
		return "id=" + apiId + "&host=" + host + "&url=" + pathAndQuery + "&method=" + method;
	}

	/** Step 5, the header value: the scheme and four {@code k=v} pairs with no spaces. */
	static String header(String apiId, String ts, String nonceHex, String sigHex) {
		return SCHEME + " id=" + apiId + ",ts=" + ts + ",nonce=" + nonceHex + ",sig=" + sigHex;
	}

	private static Mac newEngine() {
		try {
			return Mac.getInstance(ALGORITHM);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available in this JVM", ex);
		}
	}

	private static void wipe(byte[][] keys) {
		for (byte[] key : keys) {
			Arrays.fill(key, (byte) 0);
		}
	}

	private static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The explicit inputs of one signature, canonical (method upper-case, host lower-case
	 * without port), so its steps can be recomputed on request.
	 */
	private record Request(ApiCredentials credentials, String method, String host, String pathAndQuery,
			String timestamp, byte[] nonce) {

		String signingData() {
			return HmacSigner.signingData(this.credentials.apiId(), this.host, this.pathAndQuery, this.method);
		}

		@Override
		public String toString() {
			return "Request[" + this.method + " " + this.host + this.pathAndQuery + ", ts=" + this.timestamp + "]";
		}

	}

	/**
	 * A signature: the {@code Authorization} header and its parts. The intermediate
	 * values are not kept; {@link #steps()} recomputes them when asked.
	 */
	public static final class Signature {

		private final Request request;

		private final String sig;

		private final String nonce;

		private final String header;

		private Signature(Request request, String sig) {
			this.request = request;
			this.sig = sig;
			this.nonce = HEX.formatHex(request.nonce());
			this.header = HmacSigner.header(request.credentials().apiId(), request.timestamp(), this.nonce, sig);
		}

		/** The {@code Authorization} header value. */
		public String header() {
			return this.header;
		}

		/** HMAC(kSig, signing data), in lower-case hex. */
		public String sig() {
			return this.sig;
		}

		/** Epoch milliseconds, as sent. */
		public String timestamp() {
			return this.request.timestamp();
		}

		/** The nonce, in lower-case hex, as sent. */
		public String nonce() {
			return this.nonce;
		}

		/** The string that was signed (built on request). */
		public String signingData() {
			return this.request.signingData();
		}

		/** Every step of this signature, recomputed from the same inputs. */
		public Steps steps() {
			byte[][] chain = keyChain(newEngine(), this.request);
			Steps steps = new Steps(signingData(), HEX.formatHex(chain[0]), HEX.formatHex(chain[1]),
					HEX.formatHex(chain[2]), HEX.formatHex(chain[3]));
			wipe(chain);
			return steps;
		}

		/** The request and the header's public parts; no key and no signature. */
		@Override
		public String toString() {
			return "Signature[id=" + this.request.credentials().apiId() + ", ts=" + timestamp() + ", nonce="
					+ this.nonce + ", sig=(not shown)]";
		}

	}

	/**
	 * The steps of a signature, in lower-case hex.
	 *
	 * @param signingData the string that was signed
	 * @param kNonce HMAC(secret, nonce)
	 * @param kDate HMAC(kNonce, timestamp)
	 * @param kSig HMAC(kDate, "vcode_request_version_1")
	 * @param sig HMAC(kSig, signingData)
	 */
	public record Steps(String signingData, String kNonce, String kDate, String kSig, String sig) {

		/**
		 * The signing data only: the derived keys are as secret as the key they come
		 * from.
		 */
		@Override
		public String toString() {
			return "Steps[signingData=" + this.signingData + ", kNonce, kDate, kSig and sig not shown]";
		}

	}

}
