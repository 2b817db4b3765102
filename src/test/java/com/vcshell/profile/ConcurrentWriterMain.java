package com.vcshell.profile;

import java.nio.file.Path;

import com.vcshell.auth.ApiCredentials;
import com.vcshell.vault.AtomicFileWriter;

/**
 * A second vcshell process for {@link CredentialsStoreTwoProcessTests}: adds profiles
 * {@code <prefix>0 .. <prefix>N-1} to the file, one locked write each.
 */
public final class ConcurrentWriterMain {

	private ConcurrentWriterMain() {
	}

	public static void main(String[] args) {
		Path file = Path.of(args[0]);
		String prefix = args[1];
		int count = Integer.parseInt(args[2]);
		CredentialsStore store = new CredentialsStore(file, new AtomicFileWriter());
		ApiCredentials pair = ApiCredentials.of(TestKeys.ID, TestKeys.SECRET);
		for (int i = 0; i < count; i++) {
			store.save(prefix + i, pair, null);
		}
	}

}
