package com.vcshell.identity;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.AbstractBufferingClientHttpRequest;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.MultiValueMap;

/**
 * Sends {@code RestClient} requests with the JDK {@link HttpClient}, as directly as it
 * can. Spring's own {@code JdkClientHttpRequestFactory} does three things vcshell does
 * not want on every call: it schedules a timer task per request for the read timeout (the
 * JDK's request timeout does the same job), it asks for gzip and decompresses (Identity
 * answers are small), and closing a response first reads the rest of its body, however
 * long. Here the read timeout is the request's timeout (until the answer's headers
 * arrive), nothing is compressed, and closing a response drops what was not read.
 * Thread-safe; each request is used by one thread.
 */
final class JdkHttpRequestFactory implements ClientHttpRequestFactory {

	/** Headers the JDK client sets itself and refuses from callers. */
	private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

	private final HttpClient http;

	private final Duration readTimeout;

	JdkHttpRequestFactory(HttpClient http, Duration readTimeout) {
		this.http = http;
		this.readTimeout = readTimeout;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod method) {
		return new Request(uri, method);
	}

	private final class Request extends AbstractBufferingClientHttpRequest {

		private final URI uri;

		private final HttpMethod method;

		Request(URI uri, HttpMethod method) {
			this.uri = uri;
			this.method = method;
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		protected ClientHttpResponse executeInternal(HttpHeaders headers, byte[] body) throws IOException {
			HttpRequest.Builder request = HttpRequest.newBuilder(this.uri)
				.timeout(JdkHttpRequestFactory.this.readTimeout);
			headers.forEach((name, values) -> {
				if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
					values.forEach((value) -> request.header(name, value));
				}
			});
			request.method(this.method.name(),
					(body.length > 0) ? BodyPublishers.ofByteArray(body) : BodyPublishers.noBody());
			try {
				return new Response(JdkHttpRequestFactory.this.http.send(request.build(),
						HttpResponse.BodyHandlers.ofInputStream()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Request was interrupted", ex);
			}
		}

	}

	private static final class Response implements ClientHttpResponse {

		private final HttpResponse<InputStream> response;

		private final HttpHeaders headers;

		Response(HttpResponse<InputStream> response) {
			this.response = response;
			this.headers = HttpHeaders
				.readOnlyHttpHeaders(new HttpHeaders(MultiValueMap.fromMultiValue(response.headers().map())));
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatusCode.valueOf(this.response.statusCode());
		}

		@Override
		public String getStatusText() {
			return "";
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public InputStream getBody() {
			return this.response.body();
		}

		/** Drops what was not read (a whole answer was read to its end). */
		@Override
		public void close() {
			try {
				this.response.body().close();
			}
			catch (IOException ex) {
				// nothing left to release
			}
		}

	}

}
