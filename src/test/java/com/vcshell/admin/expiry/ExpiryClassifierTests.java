package com.vcshell.admin.expiry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.vcshell.identity.ApiCredentialsInfo;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiryClassifierTests {

	private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	private final ExpiryClassifier classifier = new ExpiryClassifier(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void exactlyThirtyDaysLeftIsValid() {
		Expiry expiry = this.classifier.classify(pair(NOW.plus(Duration.ofDays(30))));

		assertThat(expiry.status()).isEqualTo(ExpiryStatus.VALID);
		assertThat(expiry.daysLeft()).isEqualTo(30);
		assertThat(expiry.apiId()).isEqualTo("3ddaeeb10ca690df3fee5e3bd1c329fa");
	}

	@Test
	void oneSecondUnderThirtyDaysIsExpiringWithTwentyNineDaysLeft() {
		Expiry expiry = this.classifier.classify(pair(NOW.plus(Duration.ofDays(30)).minusSeconds(1)));

		assertThat(expiry.status()).isEqualTo(ExpiryStatus.EXPIRING);
		assertThat(expiry.daysLeft()).isEqualTo(29);
	}

	@Test
	void expiringNowIsExpiredWithZeroDaysLeft() {
		Expiry expiry = this.classifier.classify(pair(NOW));

		assertThat(expiry.status()).isEqualTo(ExpiryStatus.EXPIRED);
		assertThat(expiry.daysLeft()).isZero();
	}

	@Test
	void hoursLeftIsExpiringWithZeroDaysLeft() {
		Expiry expiry = this.classifier.classify(pair(NOW.plus(Duration.ofHours(5))));

		assertThat(expiry.status()).isEqualTo(ExpiryStatus.EXPIRING);
		assertThat(expiry.daysLeft()).isZero();
	}

	@Test
	void pastExpiryIsExpiredWithNegativeDaysRoundedDown() {
		Expiry expiry = this.classifier.classify(pair(NOW.minus(Duration.ofHours(36))));

		assertThat(expiry.status()).isEqualTo(ExpiryStatus.EXPIRED);
		assertThat(expiry.daysLeft()).isEqualTo(-2);
	}

	@Test
	void aRevocationWinsOverAnyExpiry() {
		ApiCredentialsInfo revoked = new ApiCredentialsInfo("3ddaeeb10ca690df3fee5e3bd1c329fa",
				NOW.plus(Duration.ofDays(200)), null, NOW.minusSeconds(60), "admin", null, null);

		Expiry expiry = this.classifier.classify(revoked);

		assertThat(expiry.status()).isEqualTo(ExpiryStatus.REVOKED);
		assertThat(expiry.daysLeft()).isEqualTo(200);
	}

	@Test
	void noPairIsNone() {
		assertThat(this.classifier.classify(null).status()).isEqualTo(ExpiryStatus.NONE);
		assertThat(this.classifier.classify(new ApiCredentialsInfo(null, null, null, null, null, null, null)))
			.isEqualTo(Expiry.none());
	}

	@Test
	void withinCountsWholeDaysInclusiveAndKeepsExpiredOnes() {
		Expiry inTenDays = this.classifier.classify(pair(NOW.plus(Duration.ofDays(10))));
		Expiry expired = this.classifier.classify(pair(NOW.minus(Duration.ofDays(3))));

		assertThat(this.classifier.expiresWithin(inTenDays, 10)).isTrue();
		assertThat(this.classifier.expiresWithin(inTenDays, 9)).isFalse();
		assertThat(this.classifier.expiresWithin(expired, 0)).isTrue();
		assertThat(this.classifier.expiresWithin(Expiry.none(), 1000)).isFalse();
	}

	@Test
	void statusLabelsAreLowerCase() {
		assertThat(ExpiryStatus.EXPIRING.label()).isEqualTo("expiring");
		assertThat(ExpiryStatus.NONE.label()).isEqualTo("none");
	}

	private static ApiCredentialsInfo pair(Instant expiration) {
		return new ApiCredentialsInfo("3ddaeeb10ca690df3fee5e3bd1c329fa", expiration, null, null, null, null, null);
	}

}
