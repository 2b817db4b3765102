package com.vcshell;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code expiration report} as it ships ({@code ./vcshell}) against
 * {@code --emulator --tenant-size 200} in another JVM with latency on every answer: the
 * reads overlap up to {@code VCSHELL_CONCURRENCY} and no further, every account is in the
 * report, and a pool size that is not valid is one usage error before anything is sent.
 */
class ConcurrentReportIT {

	private static final int TENANT = 200;

	@TempDir
	Path dir;

	private Process emulator;

	private URI baseUrl;

	private Path credentials;

	@BeforeEach
	void startEmulator() throws Exception {
		this.credentials = this.dir.resolve("emulator.credentials");
		this.emulator = new ProcessBuilder(JarProcess.java(), "-jar", "target/vcshell.jar", "--emulator",
				"--tenant-size", Integer.toString(TENANT), "--credentials-out", this.credentials.toString())
			.redirectError(this.dir.resolve("stderr.txt").toFile())
			.start();
		this.baseUrl = URI
			.create(new BufferedReader(new InputStreamReader(this.emulator.getInputStream(), StandardCharsets.UTF_8))
				.readLine());
		control("{\"action\":\"latency\",\"millis\":30}");
	}

	@AfterEach
	void stopEmulator() throws Exception {
		this.emulator.destroy();
		assertThat(this.emulator.waitFor(15, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void theReportReadsEveryAccountWithAtMostThePoolInFlight() throws Exception {
		Vcshell.Result result = JarProcess.run(Map.of("VCSHELL_CONCURRENCY", "4"), null, "--credentials-file",
				this.credentials.toString(), "--profile", "demo", "expiration", "report", "--csv");

		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.out().lines()).hasSize(1 + TENANT).first().asString().startsWith("user_name,");
		assertThat(result.out()).contains("ci-payments-api,").contains("-api,").doesNotContain(",error,");
		assertThat(state("max_in_flight")).as("overlapped, at most VCSHELL_CONCURRENCY").isBetween(2L, 4L);
		assertThat(state("request_count")).as("4 pages and 200 reads").isEqualTo(4 + TENANT);
	}

	@Test
	void aPoolSizeThatIsNotValidIsOneUsageErrorBeforeAnyRequest() throws Exception {
		Vcshell.Result result = JarProcess.run(Map.of("VCSHELL_CONCURRENCY", "0"), null, "--credentials-file",
				this.credentials.toString(), "--profile", "demo", "expiration", "report");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).isEqualTo(
				"error: VCSHELL_CONCURRENCY must be a whole number of reads at once from 1 to 64 (the default is 8)\n");
		assertThat(state("request_count")).as("nothing sent").isZero();
	}

	private void control(String body) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(this.baseUrl.resolve("/__emulator/control"))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private long state(String counter) throws Exception {
		String body = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(this.baseUrl.resolve("/__emulator/state")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher value = Pattern.compile("\"" + counter + "\"\\s*:\\s*(\\d+)").matcher(body);
		assertThat(value.find()).as(body).isTrue();
		return Long.parseLong(value.group(1));
	}

}
