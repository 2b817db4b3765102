package com.vcshell.admin.fleet;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.vcshell.admin.delivery.DeliveryCommand;
import com.vcshell.admin.delivery.Splitters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PlanParserTests {

	private static final Path FILE = Path.of("/plans/payments.plan");

	private static final Path HOME = Path.of("/home/admin");

	private static final String GOOD = """
			# a plan, kept in git
			api_host = api.veracode.com
			deliver_timeout = 90

			[ci-payments-api]
			user_id = 9D0EDD9A-6928-3050-9F77-32E9854C55C9
			api_id = DCBF765A72D4E96A1FFFE7FBB39AD1DF
			expiry = 2026-11-08T04:18:23Z
			save_as = ci-payments
			deliver = sh -c 'printf %s "$VERACODE_API_KEY_SECRET" | gh secret set VERACODE_API_KEY_SECRET --repo acme/payments'
			deliver = cp /dev/stdin "keys/payments # copy.credentials"

			[ci-checkout-api]
			user_id = 4066983a-c701-3716-9f2d-db4213c198d3
			api_id = vera01ei-fe8509638828300561199288987d7b04
			out = keys/checkout.credentials
			deliver_timeout = 5

			[ci-new-api]
			user_id = 11111111-2222-3333-4444-555555555555
			api_id =
			out = ~/keys/new.credentials
			""";

	private final PlanParser parser = new PlanParser(Splitters.shell(), HOME);

	@Test
	void readsEveryAccountInOrderWithItsDestinations() {
		RotationPlan plan = this.parser.parse(FILE, GOOD, "0123456789abcdef");

		assertThat(plan.name()).isEqualTo("payments");
		assertThat(plan.apiHost()).isEqualTo("api.veracode.com");
		assertThat(plan.accounts()).extracting(PlannedAccount::userName)
			.containsExactly("ci-payments-api", "ci-checkout-api", "ci-new-api");
		PlannedAccount payments = plan.accounts().get(0);
		assertThat(payments.userId()).isEqualTo("9d0edd9a-6928-3050-9f77-32e9854c55c9");
		assertThat(payments.apiId()).isEqualTo("dcbf765a72d4e96a1fffe7fbb39ad1df");
		assertThat(payments.expiry()).isEqualTo("2026-11-08T04:18:23Z");
		assertThat(payments.saveAs()).isEqualTo("ci-payments");
		assertThat(payments.out()).isNull();
		assertThat(payments.deliverTimeout()).isEqualTo(Duration.ofSeconds(90));
		assertThat(payments.deliver()).extracting(DeliveryCommand::argv)
			.containsExactly(java.util.List.of("sh", "-c",
					"printf %s \"$VERACODE_API_KEY_SECRET\" | gh secret set VERACODE_API_KEY_SECRET --repo acme/payments"),
					java.util.List.of("cp", "/dev/stdin", "keys/payments # copy.credentials"));
		PlannedAccount checkout = plan.accounts().get(1);
		assertThat(checkout.apiId()).as("without its region prefix").isEqualTo("fe8509638828300561199288987d7b04");
		assertThat(checkout.out()).as("relative to the plan").isEqualTo(Path.of("/plans/keys/checkout.credentials"));
		assertThat(checkout.deliverTimeout()).isEqualTo(Duration.ofSeconds(5));
		PlannedAccount fresh = plan.accounts().get(2);
		assertThat(fresh.apiId()).as("no credentials when planned").isNull();
		assertThat(fresh.out()).isEqualTo(Path.of("/home/admin/keys/new.credentials"));
		assertThat(fresh.deliverTimeout()).isEqualTo(Duration.ofSeconds(90));
	}

	@Test
	void windowsLineEndsAndAByteOrderMarkReadTheSame() {
		RotationPlan plan = this.parser.parse(FILE, "\uFEFF" + GOOD.replace("\n", "\r\n"), "0123456789abcdef");

		assertThat(plan.accounts()).hasSize(3);
		assertThat(plan.accounts().get(0).deliver()).hasSize(2);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					no destination          | [a]\\nuser_id = 11111111-2222-3333-4444-555555555555\\napi_id =        | line 1 (account [a]): no destination for the new pair
					unknown key             | [a]\\nuser_id = 11111111-2222-3333-4444-555555555555\\nsaveas = x      | line 3: unknown key 'saveas' in an account
					key given twice         | [a]\\nuser_id = 11111111-2222-3333-4444-555555555555\\nout = x\\nout = y | line 4: out is given twice (first on line 3)
					missing user id         | [a]\\nsave_as = x                                                       | line 1 (account [a]): user_id must be the account's user id
					user id not a UUID      | [a]\\nuser_id = 1234\\nsave_as = x                                     | line 2 (account [a]): user_id must be the account's user id
					account twice           | [a]\\nuser_id = 11111111-2222-3333-4444-555555555555\\nsave_as = x\\n[a] | line 4: account [a] is in the plan twice (first on line 1)
					not a key or section    | [a]\\njust words                                                       | line 2: expected [account name], key = value, or a # comment
					key before any account  | save_as = x                                                            | line 1: unknown key 'save_as' before the first [account]
					unclosed quote          | [a]\\nuser_id = 11111111-2222-3333-4444-555555555555\\ndeliver = sh -c 'oops | line 3 (account [a]): deliver: unclosed single quote
					bad time limit          | deliver_timeout = soon\\n[a]                                           | line 1: deliver_timeout must be a whole number of seconds
					time limit too long     | [a]\\nuser_id = 11111111-2222-3333-4444-555555555555\\nsave_as = x\\ndeliver_timeout = 7200 | line 4: deliver_timeout must be 1 to 3600 seconds
					same profile twice      | [a]\\nuser_id = 11111111-2222-3333-4444-555555555555\\nsave_as = x\\n[b]\\nuser_id = 21111111-2222-3333-4444-555555555555\\nsave_as = x | line 4 (account [b]): save_as is the same as account [a] on line 1
					same user twice         | [a]\\nuser_id = 11111111-2222-3333-4444-555555555555\\nsave_as = x\\n[b]\\nuser_id = 11111111-2222-3333-4444-555555555555\\nsave_as = y | line 4 (account [b]): user_id is the same as account [a]
					no accounts             | # nothing yet                                                          | the plan has no accounts
					""")
	void aBadPlanIsRefusedWithItsFileAndLine(String what, String text, String message) {
		assertThatExceptionOfType(PlanException.class)
			.isThrownBy(() -> this.parser.parse(FILE, text.replace("\\n", "\n"), "0123456789abcdef"))
			.withMessageStartingWith(FILE.toString())
			.withMessageContaining(message);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			hex in a command        | 3 | deliver = sh -c 'echo 00112233445566778899aabbccddeeff > key'
			secret as api id        | 3 | api_id = 00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff
			secret prefix as api id | 3 | api_id = vera01es-00112233445566778899aabbccddeeff
			secret prefix anywhere  | 3 | out = vera01ES-abc.credentials
			hex in a comment        | 3 | # old secret 00112233445566778899aabbccddeeff0011
			hex in a header         | 3 | [00112233445566778899aabbccddeeff]
			""")
	void aPlanHoldingAnythingLikeASecretIsRefusedWithoutShowingIt(String what, int line, String secretLine) {
		String text = "[a]\nuser_id = 11111111-2222-3333-4444-555555555555\n" + secretLine + "\nsave_as = x\n";

		assertThatExceptionOfType(PlanException.class)
			.isThrownBy(() -> this.parser.parse(FILE, text, "0123456789abcdef"))
			.withMessageContaining("line " + line)
			.withMessageContaining("secret")
			.withMessageNotContaining("00112233445566778899aabbccddeeff")
			.withMessageNotContaining("vera01es-0");
	}

}
