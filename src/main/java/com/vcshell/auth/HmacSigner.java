package com.vcshell.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Veracode's {@code VERACODE-HMAC-SHA-256} request signature, as a pure function of its
 * inputs. Nothing here reads a clock or a random source: the timestamp and the nonce are
 * arguments, so every step can be checked against known answers.
 *
 * @see <a href="https://docs.veracode.com/r/c_enabling_hmac">Veracode: HMAC
 * authentication</a>
 */
public final class HmacSigner {

	/** The authorization scheme, the first word of the header value. */
	public static final String SCHEME = "VERACODE-HMAC-SHA-256";

	private static final String REQUEST_VERSION = "vcode_request_version_1";

	private static final String ALGORITHM = "HmacSHA256";

	private static final HexFormat HEX = HexFormat.of();

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
		String ts = Long.toString(timestamp.toEpochMilli());
		String data = signingData(credentials.apiId(), host, pathAndQuery, method);
		byte[] kNonce = hmac(credentials.secretBytes(), nonce);
		byte[] kDate = hmac(kNonce, utf8(ts));
		byte[] kSig = hmac(kDate, utf8(REQUEST_VERSION));
		byte[] sig = hmac(kSig, utf8(data));
		String nonceHex = HEX.formatHex(nonce);
		String header = header(credentials.apiId(), ts, nonceHex, HEX.formatHex(sig));
		return new Signature(data, HEX.formatHex(kNonce), HEX.formatHex(kDate), HEX.formatHex(kSig), HEX.formatHex(sig),
				ts, nonceHex, header);
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
	 * Step 1, the signing data:
	 * {@code id=<id>&host=<host>&url=<path?query>&method=<METHOD>}, host lower-cased and
	 * method upper-cased.
	 */
	static String signingData(String apiId, String host, String pathAndQuery, String method) {
		return "id=" + apiId + "&host=" + host.toLowerCase(Locale.ROOT) + "&url=" + pathAndQuery + "&method="
				+ method.toUpperCase(Locale.ROOT);
	}

	/** Step 5, the header value: the scheme and four {@code k=v} pairs with no spaces. */
	static String header(String apiId, String ts, String nonceHex, String sigHex) {
		return SCHEME + " id=" + apiId + ",ts=" + ts + ",nonce=" + nonceHex + ",sig=" + sigHex;
	}

	/** Step 4, one link of the key chain: HMAC-SHA256 of a message under a key. */
	static byte[] hmac(byte[] key, byte[] message) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key, ALGORITHM));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available in this JVM", ex);
		}
	}

	private static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A signature and every intermediate value, in lower-case hex.
	 *
	 * @param signingData the string that was signed
	 * @param kNonce HMAC(secret, nonce)
	 * @param kDate HMAC(kNonce, timestamp)
	 * @param kSig HMAC(kDate, "vcode_request_version_1")
	 * @param sig HMAC(kSig, signingData)
	 * @param timestamp epoch milliseconds, as sent
	 * @param nonce the nonce, as sent
	 * @param header the {@code Authorization} header value
	 */
	public record Signature(String signingData, String kNonce, String kDate, String kSig, String sig, String timestamp,
			String nonce, String header) {
	}

}
