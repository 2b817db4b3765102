package com.vcshell.admin.rotation;

import org.jspecify.annotations.Nullable;

import com.vcshell.admin.delivery.DeliveryResult;

/**
 * What {@code generate user --deliver} did: the rotation, and how its delivery ended.
 *
 * @param rotation the generate, as without {@code --deliver}
 * @param delivery how the delivery command ended; {@code null} when it did not run (a dry
 * run, or a pair that is in no file)
 */
public record DeliveredRotation(RotationResult rotation, @Nullable DeliveryResult delivery) {

	/** Whether a delivery ran and failed. */
	public boolean deliveryFailed() {
		return this.delivery != null && !this.delivery.ok();
	}

	/** What failed and what to do, for the error line. */
	public String failure() {
		return "the new credentials are saved (" + String.join(", ", this.rotation.savedTo())
				+ "), but the delivery failed: "
				+ ((this.delivery != null) ? this.delivery.summary() : "it did not run") + "; run it again by hand";
	}

}
