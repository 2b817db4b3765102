package com.vcshell.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vcshell.emulator.TenantUser.AccountType;

import static org.assertj.core.api.Assertions.assertThat;

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

}
