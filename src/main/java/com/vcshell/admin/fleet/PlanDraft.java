package com.vcshell.admin.fleet;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * What {@code rotate plan} wrote.
 *
 * @param text the plan
 * @param accounts how many accounts it lists
 * @param file the file it was written to, or {@code null} (printed instead)
 */
public record PlanDraft(String text, int accounts, @Nullable Path file) {
}
