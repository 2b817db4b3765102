package com.vcshell.auth;

import java.security.SecureRandom;

/** Supplies the 16 random bytes of a request nonce. Injected so tests can pin it. */
@FunctionalInterface
public interface NonceGenerator {

	/** Nonce size in bytes, as Veracode's signers use. */
	int NONCE_BYTES = 16;

	byte[] nextNonce();

	/** Cryptographically random nonces. */
	static NonceGenerator secureRandom() {
		SecureRandom random = new SecureRandom();
		return () -> {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			return nonce;
		};
	}

}
