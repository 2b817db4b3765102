package com.vcshell.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Veracode's Identity API on loopback, with a seeded tenant: verifies
 * every signature as Veracode does and answers the endpoints of {@code /api/authn/v2}.
 * Used by {@code --demo}, {@code --emulator} and the end-to-end tests.
 * <p>
 * Loading this class sets {@value #NODELAY} to {@code true} unless it is set already. The
 * JDK's server reads that property once, when its first server is created, and without it
 * the JDK 17 server sends a response's headers and body as two segments, so Nagle's
 * algorithm holds the body until the client's delayed ACK: about 40 ms per answer on
 * loopback. A JVM that created another {@code com.sun.net.httpserver} server before this
 * class was loaded keeps the value it read then.
 */
public final class IdentityEmulator implements AutoCloseable {

	/** The JDK system property that turns on {@code TCP_NODELAY} for its HTTP server. */
	public static final String NODELAY = "sun.net.httpserver.nodelay";

	static {
		if (System.getProperty(NODELAY) == null) {
			System.setProperty(NODELAY, "true");
		}
	}

	/** API service accounts in the default tenant (45 users in all). */
	public static final int DEFAULT_TENANT_SIZE = SeedTenant.DEFAULT_API_ACCOUNTS;

	private final HttpServer server;

	private final ExecutorService executor;

	private final URI baseUrl;

	private final Tenant tenant;

	private final SeedTenant.Seeds seeds;

	private final EmulatorControls controls;

	private IdentityEmulator(HttpServer server, ExecutorService executor, URI baseUrl, Tenant tenant,
			SeedTenant.Seeds seeds, EmulatorControls controls) {
		this.server = server;
		this.executor = executor;
		this.baseUrl = baseUrl;
		this.tenant = tenant;
		this.seeds = seeds;
		this.controls = controls;
	}

	/** Starts on 127.0.0.1 at the given port (0: any free port), on the system clock. */
	public static IdentityEmulator start(int port) {
		return start(port, Clock.systemUTC());
	}

	/** Starts on 127.0.0.1 at the given port (0: any free port), on the given clock. */
	public static IdentityEmulator start(int port, Clock clock) {
		return start(port, clock, DEFAULT_TENANT_SIZE);
	}

	/**
	 * Starts on 127.0.0.1 at the given port (0: any free port), on the given clock, with
	 * a tenant of {@code tenantSize} API service accounts: the default tenant's 30 (and
	 * its 15 people), plus {@code ci-<project>-<n>-api} accounts with varied expiries,
	 * the same on every start.
	 * @throws IllegalArgumentException when {@code tenantSize} is below
	 * {@value #DEFAULT_TENANT_SIZE}
	 */
	public static IdentityEmulator start(int port, Clock clock, int tenantSize) {
		EmulatorClock emulatorClock = new EmulatorClock(clock);
		Tenant tenant = new Tenant(emulatorClock);
		SeedTenant.Seeds seeds = SeedTenant.populate(tenant, emulatorClock.instant(), tenantSize);
		EmulatorControls controls = new EmulatorControls(emulatorClock);
		HttpServer server;
		try {
			InetAddress loopback = InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 });
			server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + ": " + ex.getMessage(), ex);
		}
		URI baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
		JsonWriter json = new JsonWriter();
		server.createContext("/",
				new ApiHandler(controls, new SignatureVerifier(tenant, emulatorClock), tenant, json, baseUrl));
		server.createContext("/__emulator/", new ControlHandler(controls, tenant, json));
		// a thread for every request being handled, so concurrent requests (and their
		// latency) overlap instead of queueing behind the server's dispatcher
		ExecutorService executor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "identity-emulator");
			thread.setDaemon(true);
			return thread;
		});
		server.setExecutor(executor);
		server.start();
		return new IdentityEmulator(server, executor, baseUrl, tenant, seeds, controls);
	}

	/** {@code http://127.0.0.1:<port>}; the API is under {@code /api/authn/v2/}. */
	public URI baseUrl() {
		return this.baseUrl;
	}

	/** The API service account with the Admin API role. */
	public SeedAccount admin() {
		return this.seeds.admin();
	}

	/** An API service account without admin roles. */
	public SeedAccount readOnly() {
		return this.seeds.readOnly();
	}

	/** A person with the Administrator role (seeded with credentials too). */
	public SeedAccount humanAdmin() {
		return this.seeds.humanAdmin();
	}

	/**
	 * The other API service accounts, with their seeded pairs: some expired, some
	 * expiring within days, some in months, some never issued ({@code apiId} null). The
	 * default tenant's 28 come first, then those of a larger tenant.
	 */
	public List<SeedAccount> serviceAccounts() {
		return this.seeds.serviceAccounts();
	}

	public EmulatorControls controls() {
		return this.controls;
	}

	/**
	 * Writes a credentials file (mode 0600) with profiles {@code demo} (the admin API
	 * account) and {@code demo-readonly} (the non-admin one), both with
	 * {@code api_base_url} pointing here.
	 */
	public void writeCredentialsFile(Path file) {
		CredentialsFileWriter.write(file,
				CredentialsFileWriter.render(this.baseUrl, current(admin()), current(readOnly())));
	}

	/** The user's active API id, if the user exists and has one. */
	public Optional<String> currentApiId(String userId) {
		return this.tenant.activePair(userId).map(CredentialPair::apiId);
	}

	Tenant tenant() {
		return this.tenant;
	}

	/** The account with its current pair, when it has been regenerated since the seed. */
	private SeedAccount current(SeedAccount seeded) {
		return this.tenant.activePair(seeded.userId())
			.map((pair) -> new SeedAccount(seeded.userId(), seeded.userName(), pair.apiId(),
					pair.credentials().secretHex()))
			.orElse(seeded);
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
