package com.vcshell.shell;

import java.io.PrintWriter;
import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vcshell.admin.EmergencyOutput;
import com.vcshell.output.Streams;

/**
 * The very last resort for a new pair that could be saved nowhere (design §1): printed on
 * stderr as a credentials-file section, under a warning, so that it is not lost with the
 * process. Never on stdout, which may be a log or a pipe.
 */
@Component
class LastResortOutput implements EmergencyOutput {

	private final Streams streams;

	LastResortOutput(Streams streams) {
		this.streams = streams;
	}

	@Override
	public boolean write(String section, String apiId, String apiSecret, @Nullable URI apiBaseUrl) {
		PrintWriter err = this.streams.err();
		err.println("warning: the new credentials could not be saved anywhere; copy them now, they cannot be "
				+ "shown again:");
		err.println("[" + section + "]");
		err.println("veracode_api_key_id = " + apiId);
		err.println("veracode_api_key_secret = " + apiSecret);
		if (apiBaseUrl != null) {
			err.println("api_base_url = " + apiBaseUrl);
		}
		err.flush();
		return !err.checkError();
	}

}
