package com.vcshell.identity;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The HAL shape of a user page: {@code _embedded.users} and {@code page}. Either may be
 * missing, which reads as an empty page.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record HalUserPage(@JsonProperty("_embedded") @Nullable Embedded embedded, @JsonProperty("page") @Nullable Meta page) {

	UserPage toUserPage(int requestedPage, int requestedSize) {
		List<User> users = (this.embedded != null && this.embedded.users() != null) ? this.embedded.users() : List.of();
		if (this.page == null) {
			return new UserPage(users, requestedPage, requestedSize, users.size(), users.isEmpty() ? 0 : 1);
		}
		return new UserPage(users, this.page.number(), this.page.size(), this.page.totalElements(),
				this.page.totalPages());
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Embedded(@JsonProperty("users") @Nullable List<User> users) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Meta(@JsonProperty("number") int number, @JsonProperty("size") int size,
			@JsonProperty("total_elements") long totalElements, @JsonProperty("total_pages") int totalPages) {
	}

}
