package com.vcshell.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.emulator.SeedAccount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client called from a pool of eight threads at once, as the concurrent reports do,
 * against the emulator, which checks every signature and refuses a nonce seen before.
 */
class ConcurrentCallsTests {

	@Test
	void eightThreadsShareOneClientAndEveryCallIsSignedAndAnswered() throws Exception {
		try (IdentityEmulator emulator = IdentityEmulator.start(0);
				ApiHosts hosts = new ApiHosts(IdentityClientSettings.defaults(Map.of()).withLimits(0, 10_000))) {
			SeedAccount admin = emulator.admin();
			ApiCredentials pair = ApiCredentials.of(admin.apiId(), admin.apiSecret());
			IdentityClient client = hosts.client(emulator.baseUrl(), () -> pair);
			SeedAccount account = emulator.serviceAccounts()
				.stream()
				.filter(SeedAccount::hasCredentials)
				.findFirst()
				.orElseThrow();
			long before = emulator.controls().requestCount();
			ExecutorService pool = Executors.newFixedThreadPool(8);
			List<Future<List<String>>> results = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				results.add(pool.submit(calls(client, account, 25)));
			}
			List<String> seen = new ArrayList<>();
			for (Future<List<String>> result : results) {
				seen.addAll(result.get(120, TimeUnit.SECONDS));
			}
			pool.shutdown();

			assertThat(seen).hasSize(8 * 25 * 3).containsOnly(admin.userName(), admin.apiId(), account.apiId());
			assertThat(emulator.controls().requestCount() - before).isEqualTo(8 * 25 * 3);
		}
	}

	private static Callable<List<String>> calls(IdentityClient client, SeedAccount account, int rounds) {
		return () -> {
			List<String> seen = new ArrayList<>();
			for (int i = 0; i < rounds; i++) {
				seen.add(client.self().userName());
				seen.add(client.ownCredentials().apiId());
				seen.add(client.credentialsForUser(account.userId()).apiId());
			}
			return seen;
		};
	}

}
