package com.vcshell.admin.delivery;

import com.vcshell.auth.Masking;

/**
 * The pair a delivery command is given: as the API returned it (a region prefix kept), so
 * that other tools read it as they would from a credentials file.
 *
 * @param apiId the new api id
 * @param apiSecret the new secret
 */
public record DeliveryPair(String apiId, String apiSecret) {

	/** The pair as a credentials-file section, as the command reads it on stdin. */
	String section() {
		return "[default]\nveracode_api_key_id = " + this.apiId + "\nveracode_api_key_secret = " + this.apiSecret
				+ "\n";
	}

	@Override
	public String toString() {
		return "DeliveryPair[" + this.apiId + ", " + Masking.mask(this.apiSecret) + "]";
	}

}
