package com.vcshell.admin;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vcshell.identity.IdentityClientSettings;

/** Beans the use cases share. */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

	/**
	 * The clock expiries are measured against: the API client's, so both agree (and tests
	 * fix both at once).
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock(IdentityClientSettings settings) {
		return settings.clock();
	}

}
