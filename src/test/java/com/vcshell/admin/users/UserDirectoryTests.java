package com.vcshell.admin.users;

import org.junit.jupiter.api.Test;

import com.vcshell.admin.UsageException;
import com.vcshell.identity.UserType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UserDirectoryTests {

	@Test
	void userTypesAreApiOrUserInAnyCase() {
		assertThat(UserDirectory.type("API")).isEqualTo(UserType.API);
		assertThat(UserDirectory.type("user")).isEqualTo(UserType.USER);
		assertThat(UserDirectory.type(null)).isNull();
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> UserDirectory.type("robot"))
			.withMessageContaining("use --type api or --type user");
	}

}
