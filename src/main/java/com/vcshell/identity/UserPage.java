package com.vcshell.identity;

import java.util.List;

/**
 * One page of a user list or search (0-based).
 *
 * @param users the users on this page
 * @param number this page's number
 * @param size the page size asked for
 * @param totalElements users in all pages
 * @param totalPages number of pages
 */
public record UserPage(List<User> users, int number, int size, long totalElements, int totalPages) {

	public UserPage {
		users = List.copyOf(users);
	}

	/** An empty result. */
	public static UserPage empty(int number, int size) {
		return new UserPage(List.of(), number, size, 0, 0);
	}

	/** Whether a page follows this one. */
	public boolean hasNext() {
		return !this.users.isEmpty() && this.number + 1 < this.totalPages;
	}

}
