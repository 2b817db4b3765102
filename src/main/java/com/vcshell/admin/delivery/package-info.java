/**
 * Delivery of a new credential pair to where a pipeline reads it (design §8): a command
 * run without a shell, given the pair in its environment and on its standard input, never
 * in its arguments, within a time limit; its exit code and the last line of its stderr,
 * masked, are the result. Used by {@code generate user --deliver} and by
 * {@code rotate apply}.
 */
package com.vcshell.admin.delivery;
