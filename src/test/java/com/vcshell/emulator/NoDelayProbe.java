package com.vcshell.emulator;

import java.lang.reflect.Method;

/**
 * Run in a fresh JVM by {@link EmulatorNoDelayTests}: starts the emulator as the JVM's
 * first HTTP server, then prints the {@code TCP_NODELAY} setting the JDK's server read
 * (its internal {@code ServerConfig.noDelay()}, which needs
 * {@code --add-opens jdk.httpserver/sun.net.httpserver=ALL-UNNAMED}).
 */
public final class NoDelayProbe {

	private NoDelayProbe() {
	}

	public static void main(String[] args) throws Exception {
		try (IdentityEmulator emulator = IdentityEmulator.start(0)) {
			Method noDelay = Class.forName("sun.net.httpserver.ServerConfig").getDeclaredMethod("noDelay");
			noDelay.setAccessible(true);
			System.out.println("nodelay=" + noDelay.invoke(null));
		}
	}

}
