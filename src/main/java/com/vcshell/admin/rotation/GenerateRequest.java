package com.vcshell.admin.rotation;

import org.jspecify.annotations.Nullable;

import com.vcshell.admin.DestinationChooser;

/**
 * What {@code generate self} or {@code generate user} was asked to do.
 *
 * @param yes {@code --yes}: do not ask
 * @param reveal {@code --reveal}: show the new secret in full once
 * @param saveAs {@code --save-as <profile>}, {@code null} when not given (an empty one is
 * a usage error, never "not given")
 * @param out {@code --out <file>} (generate user only), {@code null} when not given
 * @param dryRun {@code --dry-run}: print the requests, send nothing, save nothing
 */
public record GenerateRequest(boolean yes, boolean reveal, @Nullable String saveAs, @Nullable String out,
		boolean dryRun) {

	/** Whether it names no destination for the secret. */
	boolean hasNoDestination() {
		return this.saveAs == null && this.out == null && !this.reveal;
	}

	/** The same request with the destination the user chose. */
	GenerateRequest with(DestinationChooser.Choice choice) {
		return new GenerateRequest(this.yes, choice.reveal(), choice.saveAs(), choice.out(), this.dryRun);
	}

}
