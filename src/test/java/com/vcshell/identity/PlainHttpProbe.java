package com.vcshell.identity;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.vcshell.auth.ApiCredentials;

/**
 * Run in a child JVM with {@code -verbose:class} by {@link NoTlsForPlainHttpTests}: makes
 * one plain-http call, either through vcshell's client or (the control) through a JDK
 * {@code HttpClient} built the default way, and marks on stdout when the client is ready
 * and when the answer came.
 * <p>
 * Arguments: {@code vcshell|jdk <base-url> [<api-id> <api-secret>]} (emulator seeds).
 */
public final class PlainHttpProbe {

	static final String READY = "probe: client ready";

	static final String ANSWERED = "probe: answered";

	private PlainHttpProbe() {
	}

	public static void main(String[] args) throws Exception {
		PrintStream out = System.out;
		URI base = URI.create(args[1]);
		if (args[0].equals("vcshell")) {
			ApiCredentials pair = ApiCredentials.of(args[2], args[3]);
			try (ApiHosts hosts = new ApiHosts(IdentityClientSettings.defaults(Map.of()))) {
				IdentityClient client = hosts.client(base, () -> pair);
				out.println(READY);
				out.println(ANSWERED + " " + client.self().userName());
			}
		}
		else {
			HttpClient client = HttpClient.newHttpClient();
			out.println(READY);
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/")).build(),
					HttpResponse.BodyHandlers.ofString());
			out.println(ANSWERED + " " + response.statusCode());
		}
		out.flush();
	}

}
