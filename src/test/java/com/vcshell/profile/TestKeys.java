package com.vcshell.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Key pairs in Veracode's format for tests (not real keys). */
public final class TestKeys {

	public static final String ID = "3ddaeeb10ca690df3fee5e3bd1c329fa";

	public static final String SECRET = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

	public static final String EU_ID = "vera01ei-684a28d91070e4ce68b2131e43c2d79b";

	public static final String EU_SECRET = "vera01es-38611f3f651c90091e0cd5389e8a836f38611f3f651c90091e0cd5389e8a836f38611f3f651c90091e0cd5389e8a836f38611f3f651c90091e0cd5389e8a836f";

	private TestKeys() {
	}

	/** A section with the global test pair. */
	public static String section(String name) {
		return "[" + name + "]\nveracode_api_key_id = " + ID + "\nveracode_api_key_secret = " + SECRET + "\n";
	}

	/**
	 * The api id of a section of a credentials file, read as vcshell reads profiles.
	 */
	public static String apiIdOf(String text, String section) {
		CredentialsFile parsed = CredentialsFile.parse(Path.of("credentials"), text);
		return ProfileReader.fromSection(parsed, parsed.section(section).orElseThrow(), null).credentials().apiId();
	}

	/** Warnings collected instead of printed. */
	static final class Warnings implements ProfileWarnings {

		final List<String> lines = new ArrayList<>();

		@Override
		public void warn(String message) {
			this.lines.add(message);
		}

	}

}
