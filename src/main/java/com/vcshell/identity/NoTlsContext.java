package com.vcshell.identity;

import java.security.Provider;
import java.security.SecureRandom;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The TLS context of an HTTP client that only ever speaks plain http (the emulator on
 * loopback). Given to {@code HttpClient.Builder.sslContext}, it keeps the JDK client from
 * calling {@code SSLContext.getDefault()}, which loads and initialises the whole TLS
 * stack (about 224 classes) although no request would use it. Every TLS operation fails.
 */
final class NoTlsContext extends SSLContext {

	static final NoTlsContext INSTANCE = new NoTlsContext();

	private NoTlsContext() {
		super(new Spi(), new Provider("vcshell-no-tls", "1", "no TLS: plain-http clients only") {
		}, "none");
	}

	private static final class Spi extends SSLContextSpi {

		@Override
		protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random) {
			throw refused();
		}

		@Override
		protected SSLSocketFactory engineGetSocketFactory() {
			throw refused();
		}

		@Override
		protected SSLServerSocketFactory engineGetServerSocketFactory() {
			throw refused();
		}

		@Override
		protected SSLEngine engineCreateSSLEngine() {
			throw refused();
		}

		@Override
		protected SSLEngine engineCreateSSLEngine(String host, int port) {
			throw refused();
		}

		@Override
		protected SSLSessionContext engineGetServerSessionContext() {
			throw refused();
		}

		@Override
		protected SSLSessionContext engineGetClientSessionContext() {
			throw refused();
		}

		@Override
		protected SSLParameters engineGetDefaultSSLParameters() {
			return new SSLParameters();
		}

		@Override
		protected SSLParameters engineGetSupportedSSLParameters() {
			return new SSLParameters();
		}

		private static UnsupportedOperationException refused() {
			return new UnsupportedOperationException("this HTTP client speaks plain http only");
		}

	}

}
