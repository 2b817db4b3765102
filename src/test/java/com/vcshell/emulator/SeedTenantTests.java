package com.vcshell.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.vcshell.emulator.TenantUser.AccountType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seeded tenant: the same on every start, and rich enough to explore. */
class SeedTenantTests {

	private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	private final Tenant tenant = new Tenant(Clock.fixed(NOW, ZoneOffset.UTC));

	private final SeedTenant.Seeds seeds = SeedTenant.populate(this.tenant, NOW);

	@Test
	void isTheSameOnEveryStart() {
		SeedTenant.Seeds again = SeedTenant.populate(new Tenant(Clock.systemUTC()), Instant.now());

		assertThat(again).isEqualTo(this.seeds);
		assertThat(this.seeds.admin().apiId()).matches("[0-9a-f]{32}");
		assertThat(this.seeds.admin().apiSecret()).matches("[0-9a-f]{128}");
	}

	@Test
	void hasAnAdminApiAccountAHumanAdministratorAndANonAdminApiAccount() {
		TenantUser admin = user(this.seeds.admin());
		TenantUser person = user(this.seeds.humanAdmin());
		TenantUser readOnly = user(this.seeds.readOnly());

		assertThat(admin.accountType()).isEqualTo(AccountType.API);
		assertThat(admin.roles()).contains(new TenantUser.Role("extadmin", "Admin API"));
		assertThat(person.accountType()).isEqualTo(AccountType.USER);
		assertThat(person.roles()).contains(new TenantUser.Role("administrator", "Administrator"));
		assertThat(readOnly.accountType()).isEqualTo(AccountType.API);
		assertThat(readOnly.isAdmin()).isFalse();
		assertThat(this.tenant.activePair(readOnly.userId())).isPresent();
	}

	@Test
	void hasAtLeastFortyOtherAccountsOfBothKindsSpanningSeveralPages() {
		List<TenantUser> users = this.tenant.users();

		assertThat(users.size() - 3).isGreaterThanOrEqualTo(40);
		assertThat(users).filteredOn(TenantUser::isApiUser).hasSizeGreaterThan(20);
		assertThat(users).filteredOn((user) -> !user.isApiUser()).hasSizeGreaterThan(10);
		assertThat(users).extracting(TenantUser::userId).doesNotHaveDuplicates();
	}

	@Test
	void serviceAccountsExpireAtVariedTimesOrHaveNoCredentials() {
		List<SeedAccount> services = this.seeds.serviceAccounts();

		assertThat(services).anyMatch((account) -> daysLeft(account) < 0);
		assertThat(services).anyMatch((account) -> daysLeft(account) >= 0 && daysLeft(account) < 7);
		assertThat(services).anyMatch((account) -> daysLeft(account) >= 7 && daysLeft(account) < 30);
		assertThat(services).anyMatch((account) -> daysLeft(account) >= 60 && daysLeft(account) < 365);
		assertThat(services).anyMatch((account) -> !account.hasCredentials());
		assertThat(services)
			.noneMatch((account) -> account.hasCredentials() && this.tenant.activePair(account.userId()).isEmpty());
	}

	@Test
	void seedAccountsNeverPrintTheirSecret() {
		assertThat(this.seeds.admin().toString()).doesNotContain(this.seeds.admin().apiSecret())
			.contains(this.seeds.admin().apiId());
	}

	private long daysLeft(SeedAccount account) {
		return this.tenant.activePair(account.userId())
			.map((pair) -> Duration.between(NOW, pair.expiration()).toDays() - ((pair.isExpiredAt(NOW)) ? 1 : 0))
			.orElse(Long.MAX_VALUE);
	}

	private TenantUser user(SeedAccount account) {
		return this.tenant.user(account.userId()).orElseThrow();
	}

	@Test
	void theDefaultTenantIsTheOneOf45UsersItHasAlwaysBeen() throws Exception {
		// a digest of every user, pair and expiry of the default tenant, taken before
		// larger tenants existed
		assertThat(this.tenant.users()).hasSize(45);
		assertThat(this.tenant.users()).filteredOn(TenantUser::isApiUser).hasSize(30);
		assertThat(fingerprint(this.tenant))
			.isEqualTo("95909d8b8b5413e3a5ed557f4e125eeef569d85ef1e654401991bd5a12f63871");
	}

	@Test
	void aLargerTenantAddsServiceAccountsAndKeepsTheDefaultOnesExactly() throws Exception {
		// given
		Tenant large = new Tenant(Clock.fixed(NOW, ZoneOffset.UTC));

		// when
		SeedTenant.Seeds seeds = SeedTenant.populate(large, NOW, 1000);

		// then
		List<TenantUser> users = large.users();
		assertThat(users).filteredOn(TenantUser::isApiUser).hasSize(1000);
		assertThat(users).hasSize(1015).extracting(TenantUser::userName).doesNotHaveDuplicates();
		assertThat(seeds.serviceAccounts()).hasSize(998)
			.startsWith(this.seeds.serviceAccounts().toArray(SeedAccount[]::new));
		assertThat(seeds.serviceAccounts().get(28).userName()).isEqualTo("ci-payments-2-api");
		assertThat(seeds.serviceAccounts().get(997).userName()).isEqualTo("ci-warehouse-36-api");
		Set<String> defaultIds = this.tenant.users().stream().map(TenantUser::userId).collect(Collectors.toSet());
		Tenant defaultPart = new Tenant(Clock.fixed(NOW, ZoneOffset.UTC));
		users.stream().filter((user) -> defaultIds.contains(user.userId())).forEach((user) -> {
			defaultPart.addUser(user);
			large.activePair(user.userId())
				.ifPresent((pair) -> defaultPart.issue(user.userId(), pair.credentials(), pair.created(),
						pair.expiration()));
		});
		assertThat(fingerprint(defaultPart)).isEqualTo(fingerprint(this.tenant));
	}

	@Test
	void aLargerTenantIsTheSameOnEveryStartWithVariedExpiries() {
		Tenant again = new Tenant(Clock.systemUTC());
		List<SeedAccount> first = SeedTenant.populate(new Tenant(Clock.systemUTC()), NOW, 300).serviceAccounts();
		List<SeedAccount> second = SeedTenant.populate(again, NOW, 300).serviceAccounts();

		assertThat(second).isEqualTo(first);
		List<SeedAccount> extras = second.subList(28, second.size());
		Tenant tenant = new Tenant(Clock.fixed(NOW, ZoneOffset.UTC));
		SeedTenant.populate(tenant, NOW, 300);
		assertThat(extras).anyMatch((account) -> daysLeft(tenant, account) < 0);
		assertThat(extras).anyMatch((account) -> daysLeft(tenant, account) >= 0 && daysLeft(tenant, account) < 7);
		assertThat(extras).anyMatch((account) -> daysLeft(tenant, account) >= 7 && daysLeft(tenant, account) < 30);
		assertThat(extras).anyMatch((account) -> daysLeft(tenant, account) >= 60 && daysLeft(tenant, account) < 365);
		assertThat(extras).anyMatch((account) -> !account.hasCredentials());
	}

	@Test
	void refusesATenantSmallerThanTheDefault() {
		assertThatThrownBy(() -> SeedTenant.populate(new Tenant(Clock.systemUTC()), NOW, 29))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("cannot be below the 30");
	}

	/** SHA-256 over every user, its roles and its active pair (id, secret, dates). */
	private static String fingerprint(Tenant tenant) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		for (TenantUser user : tenant.users()) {
			String pair = tenant.activePair(user.userId())
				.map((p) -> p.apiId() + "/" + p.credentials().secretHex() + "/" + p.created() + "/" + p.expiration())
				.orElse("none");
			digest.update((user + "|" + pair + "\n").getBytes(StandardCharsets.UTF_8));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static long daysLeft(Tenant tenant, SeedAccount account) {
		return tenant.activePair(account.userId())
			.map((pair) -> Duration.between(NOW, pair.expiration()).toDays() - ((pair.isExpiredAt(NOW)) ? 1 : 0))
			.orElse(Long.MAX_VALUE);
	}

}
