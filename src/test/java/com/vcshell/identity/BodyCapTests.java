package com.vcshell.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.NonceGenerator;
import com.vcshell.identity.VeracodeApiException.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Answers are read up to 16 MiB and no further, against a loopback server that streams as
 * much as it is let (up to 1 GiB) and counts what it got out.
 */
class BodyCapTests {

	private static final long ONE_GIB = 1L << 30;

	private static final byte[] SPACES = new byte[64 * 1024];

	static {
		Arrays.fill(SPACES, (byte) ' ');
	}

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final AtomicInteger requests = new AtomicInteger();

	private final AtomicLong bytesSent = new AtomicLong();

	private HttpServer server;

	private volatile int status = 200;

	/** -1: stream without a length; else declare this Content-Length. */
	private volatile long declaredLength = -1;

	/** A JSON answer to send instead of an endless one. */
	private volatile String finite;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	@Test
	void anEndlessAnswerToAReadStopsAtTheCapWithOneLine() {
		VeracodeApiException ex = catchThrowableOfType(VeracodeApiException.class, () -> client().self());

		assertThat(ex.kind()).isEqualTo(Kind.REMOTE);
		assertThat(ex.status()).isEqualTo(200);
		assertThat(ex.getMessage()).isEqualTo("200 OK with an answer over 16 MiB on GET /api/authn/v2/users/self:"
				+ " not read; is the API base URL right?");
		assertThat(this.requests).as("not retried").hasValue(1);
		assertThat(this.bytesSent.get()).as("bytes the server got out before the client hung up")
			.isLessThan(ONE_GIB / 8);
	}

	@Test
	void aDeclaredLengthOverTheCapIsRefusedUnread() {
		this.declaredLength = ONE_GIB;

		VeracodeApiException ex = catchThrowableOfType(VeracodeApiException.class, () -> client().ownCredentials());

		assertThat(ex.getMessage())
			.startsWith("200 OK with an answer over 16 MiB on GET /api/authn/v2/api_credentials");
		assertThat(this.bytesSent.get()).isLessThan(ONE_GIB / 8);
	}

	@Test
	void anEndlessAnswerToAGenerateLeavesTheOutcomeUnknown() {
		VeracodeApiException ex = catchThrowableOfType(VeracodeApiException.class, () -> client().generateOwn());

		assertThat(ex.outcomeUnknown()).isTrue();
		assertThat(ex.getMessage()).startsWith("generating credentials failed (200 OK with an answer over 16 MiB)")
			.contains("may or may not have been generated");
	}

	@Test
	void anEndlessErrorAnswerIsJudgedByItsStatus() {
		this.status = 503;

		VeracodeApiException ex = catchThrowableOfType(VeracodeApiException.class, () -> client().self());

		assertThat(ex.getMessage()).isEqualTo(
				"Veracode API unavailable (503 Service Unavailable) after 2 attempts on GET /api/authn/v2/users/self;"
						+ " try again later");
		assertThat(this.requests).hasValue(2);
	}

	@Test
	void anAnswerOfExactlyTheCapIsReadAndOneByteMoreIsNot() throws IOException {
		byte[] atTheCap = new byte[ApiExchange.MAX_BODY_BYTES];

		assertThat(ApiExchange.readCapped(new ByteArrayInputStream(atTheCap))).hasSize(ApiExchange.MAX_BODY_BYTES);
		assertThat(ApiExchange.readCapped(new ByteArrayInputStream(new byte[ApiExchange.MAX_BODY_BYTES + 1]))).isNull();
		assertThat(ApiExchange.readCapped(null)).isEmpty();
	}

	@Test
	void aSmallAnswerFromTheSameServerIsRead() {
		this.finite = "{\"user_name\":\"small\"}";

		assertThat(client().self().userName()).isEqualTo("small");
	}

	private RestIdentityClient client() {
		IdentityClientSettings settings = IdentityClientSettings.defaults(Map.of())
			.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30))
			.withClock(Clock.systemUTC(), NonceGenerator.secureRandom(), (duration) -> {
			})
			.withLimits(1, 500);
		URI base = URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
		return RestIdentityClient.create(base, () -> ApiCredentials.of(ApiFixture.ID, ApiFixture.SECRET), settings);
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.requests.incrementAndGet();
		exchange.getRequestBody().readAllBytes();
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		String finite = this.finite;
		long length = (finite != null) ? finite.length() : this.declaredLength;
		exchange.sendResponseHeaders(this.status, (length > 0) ? length : 0);
		try (OutputStream body = exchange.getResponseBody()) {
			long limit = (finite != null) ? 0 : ONE_GIB;
			for (long sent = 0; sent < limit; sent += SPACES.length) {
				int chunk = (int) Math.min(SPACES.length, limit - sent);
				body.write(SPACES, 0, chunk);
				this.bytesSent.addAndGet(chunk);
			}
			if (finite != null) {
				body.write(finite.getBytes(StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			// the client hung up: what this test wants to see
		}
	}

}
