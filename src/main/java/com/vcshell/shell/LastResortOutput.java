package com.vcshell.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vcshell.admin.EmergencyOutput;
import com.vcshell.output.Streams;

/**
 * The very last resort for a new pair that could be saved nowhere (design §1): written as
 * a credentials-file section under a warning, on stderr, or on stdout when stderr fails
 * (closed, a full disk, a file size limit), so that it is not lost with the process. Each
 * write goes straight to the stream's bytes and is checked: a {@code PrintWriter} would
 * swallow the error and report a pair shown that nobody can see.
 */
@Component
class LastResortOutput implements EmergencyOutput {

	private final Streams streams;

	LastResortOutput(Streams streams) {
		this.streams = streams;
	}

	@Override
	public Optional<String> write(String section, String apiId, String apiSecret, @Nullable URI apiBaseUrl) {
		byte[] text = text(section, apiId, apiSecret, apiBaseUrl).getBytes(StandardCharsets.UTF_8);
		if (write(this.streams.err(), this.streams.rawErr(), text)) {
			return Optional.of("standard error");
		}
		if (write(this.streams.out(), this.streams.rawOut(), text)) {
			return Optional.of("standard output");
		}
		return Optional.empty();
	}

	private static String text(String section, String apiId, String apiSecret, @Nullable URI apiBaseUrl) {
		return "warning: the new credentials could not be saved anywhere; copy them now, they cannot be shown again:\n"
				+ "[" + section + "]\n" + "veracode_api_key_id = " + apiId + "\n" + "veracode_api_key_secret = "
				+ apiSecret + "\n" + ((apiBaseUrl != null) ? "api_base_url = " + apiBaseUrl + "\n" : "");
	}

	/**
	 * Writes after what the writer holds, and tells whether the bytes arrived; without
	 * raw access, the writer's own error flag.
	 */
	private static boolean write(PrintWriter writer, @Nullable OutputStream raw, byte[] text) {
		writer.flush();
		if (raw == null) {
			writer.write(new String(text, StandardCharsets.UTF_8));
			writer.flush();
			return !writer.checkError();
		}
		try {
			raw.write(text);
			raw.flush();
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
