package com.vcshell.identity;

/** The {@code user_type} filter of user search: API service accounts or people. */
public enum UserType {

	/** API service accounts. */
	API,
	/** Human user accounts. */
	USER;

	/** The value sent as {@code user_type}. */
	public String queryValue() {
		return name();
	}

}
