package com.vcshell.identity;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.vcshell.auth.ApiCredentials;
import com.vcshell.auth.HmacSigner;
import com.vcshell.identity.VeracodeApiException.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The real request factory over loopback: what goes on the wire, timeouts, refusals,
 * proxy.
 */
class RestIdentityClientLoopbackTests {

	private final ApiCredentials credentials = ApiCredentials.of(ApiFixture.ID, ApiFixture.SECRET);

	private final List<String> received = new CopyOnWriteArrayList<>();

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private HttpServer server;

	private volatile long delayMillis;

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
	void postAndDeleteCarryJsonContentTypeOnTheWire() {
		RestIdentityClient client = client(base(), Map.of(), Duration.ofSeconds(5));
		client.generateOwn();
		client.revokeOwn();
		assertThat(this.received).hasSize(2);
		assertThat(this.received.get(0)).startsWith("POST /api/authn/v2/api_credentials")
			.contains("content-type=application/json")
			.contains("auth=" + HmacSigner.SCHEME + " id=" + ApiFixture.ID)
			.endsWith("body={}");
		assertThat(this.received.get(1)).startsWith("DELETE /api/authn/v2/api_credentials")
			.contains("content-type=application/json")
			.endsWith("body=");
	}

	@Test
	void aReadThatTimesOutIsRetriedThenReported() {
		this.delayMillis = 2_000;
		RestIdentityClient client = client(base(), Map.of(), Duration.ofMillis(300));
		VeracodeApiException ex = catchThrowableOfType(VeracodeApiException.class, client::self);
		assertThat(ex.kind()).isEqualTo(Kind.REMOTE);
		assertThat(ex.getMessage()).isEqualTo("cannot reach 127.0.0.1: timed out waiting for the response"
				+ " (GET /api/authn/v2/users/self, 2 attempts)");
		assertThat(this.received).hasSize(2);
	}

	@Test
	void anInterruptedReadStopsAtOnceAndSaysSo() throws Exception {
		this.delayMillis = 10_000;
		RestIdentityClient client = client(base(), Map.of(), Duration.ofSeconds(30));
		java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
		Thread shell = new Thread(() -> failure.set(catchThrowableOfType(VeracodeApiException.class, client::self)));
		shell.start();
		while (this.received.isEmpty()) {
			Thread.sleep(10);
		}

		shell.interrupt(); // what Ctrl-C does to the shell thread
		shell.join(5_000);

		assertThat(shell.isAlive()).as("the call returned soon after the interrupt").isFalse();
		assertThat(failure.get()).isInstanceOf(VeracodeApiException.class)
			.hasMessage("cannot reach 127.0.0.1: interrupted (Ctrl-C) (GET /api/authn/v2/users/self, 1 attempt)");
		assertThat(this.received).hasSize(1);
	}

	@Test
	void aRefusedConnectionIsReportedWithTheHost() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		RestIdentityClient client = client(URI.create("http://127.0.0.1:" + port), Map.of(), Duration.ofSeconds(5));
		VeracodeApiException ex = catchThrowableOfType(VeracodeApiException.class, client::generateOwn);
		assertThat(ex.kind()).isEqualTo(Kind.REMOTE);
		assertThat(ex.outcomeUnknown()).isFalse();
		assertThat(ex.getMessage()).isEqualTo("cannot reach 127.0.0.1: connection refused"
				+ " (POST /api/authn/v2/api_credentials, 1 attempt); nothing was generated");
	}

	@Test
	void theProxyFromTheEnvironmentIsUsedAndTheTargetHostIsSigned() {
		String proxy = "http://127.0.0.1:" + this.server.getAddress().getPort();
		RestIdentityClient client = client(URI.create("http://api.example.test"), Map.of("HTTP_PROXY", proxy),
				Duration.ofSeconds(5));
		client.self();
		assertThat(this.received).hasSize(1);
		assertThat(this.received.get(0)).startsWith("GET http://api.example.test/api/authn/v2/users/self");
	}

	private RestIdentityClient client(URI base, Map<String, String> env, Duration readTimeout) {
		IdentityClientSettings settings = IdentityClientSettings.defaults(env)
			.withTimeouts(Duration.ofSeconds(2), readTimeout)
			.withClock(java.time.Clock.systemUTC(), com.vcshell.auth.NonceGenerator.secureRandom(), (d) -> {
			})
			.withLimits(1, 500);
		return RestIdentityClient.create(base, () -> this.credentials, settings);
	}

	private URI base() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		this.received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " content-type="
				+ exchange.getRequestHeaders().getFirst("Content-Type") + " auth="
				+ exchange.getRequestHeaders().getFirst("Authorization") + " body=" + body);
		try {
			Thread.sleep(this.delayMillis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		byte[] response = ("{\"api_id\":\"new\",\"api_secret\":\"" + "ab".repeat(64) + "\",\"user_name\":\"me\"}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, response.length);
		exchange.getResponseBody().write(response);
		exchange.close();
	}

}
