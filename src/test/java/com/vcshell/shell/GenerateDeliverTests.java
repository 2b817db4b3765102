package com.vcshell.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.emulator.SeedAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code generate user --deliver}: the single-account delivery, end to end in this JVM.
 */
class GenerateDeliverTests extends EmulatorShellFixture {

	@Test
	void theNewPairIsSavedThenDeliveredAndTheOutputSaysHowTheDeliveryEnded() {
		SeedAccount account = serviceAccount();
		Path delivered = ROOT.resolve("delivered.credentials");

		int code = run("generate user " + account.userName() + " --save-as ci --deliver \"sh -c 'cat > " + delivered
				+ "'\" --yes");

		assertThat(code).as(err()).isZero();
		ApiCredentials saved = pairOf(read(CREDENTIALS), "ci");
		assertThat(saved.apiId()).isEqualTo(this.emulator.currentApiId(account.userId()).orElseThrow());
		assertThat(pairOf(read(delivered), "default")).isEqualTo(saved);
		assertThat(out()).containsPattern("delivery\\s+exit 0").doesNotContain(saved.secretHex());
	}

	@Test
	void aFailedDeliveryExitsEightWithThePairSavedAndItsStderrMasked() {
		SeedAccount account = serviceAccount();

		int code = run("generate user " + account.userName()
				+ " --save-as ci --deliver \"sh -c 'echo leaked $VERACODE_API_KEY_SECRET >&2; exit 5'\" --yes");

		assertThat(code).isEqualTo(8);
		ApiCredentials saved = pairOf(read(CREDENTIALS), "ci");
		assertThat(saved.apiId()).isEqualTo(this.emulator.currentApiId(account.userId()).orElseThrow());
		String tail = saved.secretHex().substring(saved.secretHex().length() - 4);
		assertThat(err()).contains("error: the new credentials are saved (profile [ci] in " + CREDENTIALS
				+ "), but the delivery failed: exit 5: leaked ****" + tail);
		assertThat(out() + err()).doesNotContain(saved.secretHex().substring(0, 32));
	}

	@Test
	void withNoOtherDestinationThePairIsKeptInAFileBeforeItIsDelivered() throws IOException {
		SeedAccount account = serviceAccount();
		Path secret = ROOT.resolve("secret.txt");

		int code = run("generate user " + account.userName()
				+ " --deliver \"sh -c 'printf %s \\\"$VERACODE_API_KEY_SECRET\\\" > " + secret + "'\" --yes");

		assertThat(code).as(err()).isZero();
		List<Path> kept;
		try (Stream<Path> files = Files.list(HOME.resolve(".vcshell/delivered"))) {
			kept = files.toList();
		}
		assertThat(kept).singleElement().asString().contains(account.userName()).endsWith(".credentials");
		ApiCredentials pair = pairOf(read(kept.get(0)), "default");
		assertThat(pair.apiId()).isEqualTo(this.emulator.currentApiId(account.userId()).orElseThrow());
		assertThat(read(secret)).isEqualTo(pair.secretHex());
		assertThat(out()).contains("saved to    new file " + HOME.resolve(".vcshell/delivered/" + account.userName()));
	}

	@Test
	void aBadDeliveryCommandOrTimeLimitIsRefusedBeforeAnyRequest() {
		SeedAccount account = serviceAccount();
		long before = requests();

		assertThat(run("generate user " + account.userName() + " --save-as ci --deliver \"sh -c 'oops\" --yes"))
			.isEqualTo(2);
		assertThat(err()).contains("unclosed single quote");
		assertThat(
				run("generate user " + account.userName() + " --save-as ci --deliver true --deliver-timeout 0 --yes"))
			.isEqualTo(2);
		assertThat(err()).contains("--deliver-timeout must be 1 to 3600 seconds (got 0)");
		assertThat(requests()).isEqualTo(before);
		assertThat(this.emulator.currentApiId(account.userId())).contains(account.apiId());
	}

	private SeedAccount serviceAccount() {
		return this.emulator.serviceAccounts()
			.stream()
			.filter((account) -> account.userName().equals("ci-billing-api"))
			.findFirst()
			.orElseThrow();
	}

}
