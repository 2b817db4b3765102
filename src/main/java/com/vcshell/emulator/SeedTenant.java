package com.vcshell.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.emulator.TenantUser.AccountType;
import com.vcshell.emulator.TenantUser.Role;

/**
 * Fills a tenant with the same accounts on every start: ids, names and secrets come from
 * a fixed seed (so they are public: this is a demo tenant), expiries are relative to the
 * emulator's clock. The default tenant has 45 users, 30 of them API service accounts; a
 * larger one adds more {@code ci-<project>-<n>-api} accounts after those, from a seed of
 * their own, so the first 45 stay exactly the same.
 */
final class SeedTenant {

	/**
	 * API service accounts of the default tenant: admin, read-only and 28 {@code ci-*}.
	 */
	static final int DEFAULT_API_ACCOUNTS = 30;

	private static final long SEED = 0x7ca3_2026_0601_0001L;

	private static final long EXTRA_SEED = 0x7ca3_2026_0601_0002L;

	/** Of 100 extra accounts, how many were never issued credentials. */
	private static final int EXTRA_NEVER_ISSUED_PERCENT = 8;

	private static final String MAIL_DOMAIN = "@example.com";

	private static final Role ADMIN_API = new Role("extadmin", "Admin API");

	private static final Role ADMINISTRATOR = new Role("administrator", "Administrator");

	private static final Role SUBMIT_ANY_SCAN = new Role("extsubmitanyscan", "Submit Any Scan API");

	private static final Role REVIEWER_API = new Role("extreviewer", "Reviewer API");

	private static final Role RESULTS_API = new Role("extresultsapi", "Results API");

	private static final Role REVIEWER = new Role("reviewer", "Reviewer");

	private static final Role CREATOR = new Role("creator", "Creator");

	private static final Role SECURITY_LEAD = new Role("securitylead", "Security Lead");

	private static final List<String> PROJECTS = List.of("payments", "checkout", "inventory", "search", "billing",
			"gateway", "mobile", "catalog", "ledger", "auth", "reports", "shipping", "pricing", "notify", "portal",
			"crm", "analytics", "warehouse", "docs", "support", "identity", "media", "orders", "cart", "risk", "audit",
			"export", "import");

	/**
	 * Days to expiry for service account i, by i modulo the table; null: never issued.
	 */
	private static final Integer[] EXPIRY_DAYS = { -20, 3, 12, 75, 200, null, -2, 28, 150, 340 };

	private static final List<String> PEOPLE = List.of("Alice Admin", "Bob Baker", "Carol Chen", "Dan Dubois",
			"Erin Evans", "Femi Fashola", "Grace Gupta", "Hiro Hayashi", "Ines Ibarra", "Jon Jensen", "Kira Kowalski",
			"Lena Lindqvist", "Mo Mansour", "Nora Novak", "Omar Ortiz");

	private final Random random;

	private final Tenant tenant;

	private final Instant now;

	private SeedTenant(Tenant tenant, Instant now, long seed) {
		this.tenant = tenant;
		this.now = now;
		this.random = new Random(seed);
	}

	/** Seeds the default tenant and returns the accounts a test or demo needs by name. */
	static Seeds populate(Tenant tenant, Instant now) {
		return populate(tenant, now, DEFAULT_API_ACCOUNTS);
	}

	/**
	 * Seeds the default tenant plus API service accounts up to {@code apiAccounts} in
	 * all.
	 * @throws IllegalArgumentException when {@code apiAccounts} is below the default 30
	 */
	static Seeds populate(Tenant tenant, Instant now, int apiAccounts) {
		if (apiAccounts < DEFAULT_API_ACCOUNTS) {
			throw new IllegalArgumentException("the tenant size counts API service accounts and cannot be below the "
					+ DEFAULT_API_ACCOUNTS + " of the default tenant (got " + apiAccounts + ")");
		}
		Seeds seeds = new SeedTenant(tenant, now, SEED).populate();
		List<SeedAccount> extras = new SeedTenant(tenant, now, EXTRA_SEED).extras(apiAccounts - DEFAULT_API_ACCOUNTS);
		if (extras.isEmpty()) {
			return seeds;
		}
		List<SeedAccount> services = new ArrayList<>(seeds.serviceAccounts());
		services.addAll(extras);
		return new Seeds(seeds.admin(), seeds.readOnly(), seeds.humanAdmin(), List.copyOf(services));
	}

	private Seeds populate() {
		SeedAccount admin = add(apiUser("vcshell-admin-api", "Admin", List.of(ADMIN_API)), 240);
		SeedAccount readOnly = add(apiUser("vcshell-readonly-api", "Read Only", List.of(REVIEWER_API, RESULTS_API)),
				120);
		List<SeedAccount> services = new ArrayList<>();
		for (int i = 0; i < PROJECTS.size(); i++) {
			String project = PROJECTS.get(i);
			List<Role> roles = (i % 2 == 0) ? List.of(SUBMIT_ANY_SCAN) : List.of(SUBMIT_ANY_SCAN, RESULTS_API);
			services.add(add(apiUser("ci-" + project + "-api", project, roles), EXPIRY_DAYS[i % EXPIRY_DAYS.length]));
		}
		SeedAccount humanAdmin = null;
		for (int i = 0; i < PEOPLE.size(); i++) {
			String[] names = PEOPLE.get(i).split(" ");
			List<Role> roles = (i == 0) ? List.of(ADMINISTRATOR) : List.of(humanRole(i));
			SeedAccount person = add(human(names[0], names[1], roles), (i % 4 == 0) ? Integer.valueOf(90 + i) : null);
			if (i == 0) {
				humanAdmin = person;
			}
		}
		return new Seeds(admin, readOnly, humanAdmin, List.copyOf(services));
	}

	/**
	 * {@code count} more service accounts, named {@code ci-<project>-<n>-api} from
	 * {@code n = 2}, with expiries spread from 60 days ago to a year ahead, a few never
	 * issued.
	 */
	private List<SeedAccount> extras(int count) {
		List<SeedAccount> extras = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String project = PROJECTS.get(i % PROJECTS.size());
			String userName = "ci-" + project + "-" + (2 + i / PROJECTS.size()) + "-api";
			List<Role> roles = (i % 3 == 0) ? List.of(SUBMIT_ANY_SCAN, RESULTS_API) : List.of(SUBMIT_ANY_SCAN);
			boolean neverIssued = this.random.nextInt(100) < EXTRA_NEVER_ISSUED_PERCENT;
			Integer expiryDays = neverIssued ? null : -60 + this.random.nextInt(425);
			extras.add(add(apiUser(userName, project + " " + (2 + i / PROJECTS.size()), roles), expiryDays));
		}
		return extras;
	}

	private static Role humanRole(int i) {
		return switch (i % 3) {
			case 0 -> SECURITY_LEAD;
			case 1 -> REVIEWER;
			default -> CREATOR;
		};
	}

	private TenantUser apiUser(String userName, String displayName, List<Role> roles) {
		return new TenantUser(userId(userName), userName, userName + MAIL_DOMAIN, displayName, "API", AccountType.API,
				roles, List.of("apiUser"));
	}

	private TenantUser human(String first, String last, List<Role> roles) {
		String userName = (first + "." + last).toLowerCase(Locale.ROOT);
		return new TenantUser(userId(userName), userName, userName + MAIL_DOMAIN, first, last, AccountType.USER, roles,
				List.of());
	}

	/** Adds the user, with a pair expiring in the given days, or none when null. */
	private SeedAccount add(TenantUser user, Integer expiryDays) {
		this.tenant.addUser(user);
		// draw the pair even when unused, so each account's values stay put
		HexFormat hex = HexFormat.of();
		String apiId = hex.formatHex(nextBytes(16));
		String secret = hex.formatHex(nextBytes(64));
		if (expiryDays == null) {
			return new SeedAccount(user.userId(), user.userName(), null, null);
		}
		Instant expiry = this.now.plus(Duration.ofDays(expiryDays)).plus(Duration.ofHours(6));
		this.tenant.issue(user.userId(), ApiCredentials.of(apiId, secret), expiry.minus(Tenant.CREDENTIAL_TTL), expiry);
		return new SeedAccount(user.userId(), user.userName(), apiId, secret);
	}

	private byte[] nextBytes(int size) {
		byte[] bytes = new byte[size];
		this.random.nextBytes(bytes);
		return bytes;
	}

	private static String userId(String userName) {
		return UUID.nameUUIDFromBytes(("vcshell-emulator:" + userName).getBytes(StandardCharsets.UTF_8)).toString();
	}

	/**
	 * The seeded accounts tests and the demo refer to.
	 *
	 * @param admin the API service account with the Admin API role
	 * @param readOnly an API service account without admin roles
	 * @param humanAdmin a person with the Administrator role
	 * @param serviceAccounts the other API service accounts, some never issued
	 */
	record Seeds(SeedAccount admin, SeedAccount readOnly, SeedAccount humanAdmin, List<SeedAccount> serviceAccounts) {
	}

}
