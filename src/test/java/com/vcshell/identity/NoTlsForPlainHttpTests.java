package com.vcshell.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.vcshell.EmulatorHome;
import com.vcshell.emulator.IdentityEmulator;
import com.vcshell.emulator.SeedAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain-http base URL (the emulator) never loads the JVM's TLS stack, and the HTTP
 * client is built at the first request, not with the Identity client. Checked in a child
 * JVM with {@code -verbose:class}, next to a control that builds a JDK client the default
 * way (and so loads {@code sun.security.ssl}).
 */
class NoTlsForPlainHttpTests {

	/**
	 * The signer's {@code Mac.getInstance} walks the JCA provider list, which loads the
	 * JSSE provider's class (and a lambda of it) without initialising any TLS.
	 */
	private static final String JSSE_PROVIDER = "only the JSSE provider class, which any Mac.getInstance loads";

	private static final String HTTP_CLIENT_IMPL = " jdk.internal.net.http.HttpClientImpl ";

	/** One emulator for the class; these tests need no files. */
	@RegisterExtension
	static final EmulatorHome fixture = EmulatorHome.emulatorOnly();

	private final IdentityEmulator emulator = fixture.emulator();

	@Test
	void vcshellsClientSpeaksPlainHttpWithoutLoadingTls() throws Exception {
		SeedAccount admin = emulator.admin();
		List<String> lines = probe("vcshell", emulator.baseUrl().toString(), admin.apiId(), admin.apiSecret());

		assertThat(lines).contains(PlainHttpProbe.ANSWERED + " " + admin.userName());
		assertThat(lines).as("TLS classes loaded")
			.filteredOn((line) -> line.contains(" sun.security.ssl."))
			.allMatch((line) -> line.contains(" sun.security.ssl.SunJSSE"), JSSE_PROVIDER);
		int ready = lines.indexOf(PlainHttpProbe.READY);
		assertThat(lines.subList(0, ready)).as("classes loaded before the first request")
			.noneMatch((line) -> line.contains(HTTP_CLIENT_IMPL));
		assertThat(lines.subList(ready, lines.size())).anyMatch((line) -> line.contains(HTTP_CLIENT_IMPL));
	}

	@Test
	void aDefaultJdkClientLoadsTlsEvenForPlainHttp() throws Exception {
		List<String> lines = probe("jdk", emulator.baseUrl().toString());

		assertThat(lines).anyMatch((line) -> line.startsWith(PlainHttpProbe.ANSWERED));
		assertThat(lines).anyMatch((line) -> line.contains(" sun.security.ssl.SSLContextImpl "));
		assertThat(lines.stream().filter((line) -> line.contains(" sun.security.ssl.")).count()).isGreaterThan(100);
	}

	private static List<String> probe(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-verbose:class", "-cp",
						System.getProperty("java.class.path"), PlainHttpProbe.class.getName()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the probe finished").isTrue();
		String text = new String(output, StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(text.lines().filter((line) -> !line.startsWith("[")).toList().toString())
			.isZero();
		return text.lines().toList();
	}

}
