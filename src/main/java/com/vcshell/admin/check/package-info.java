/**
 * {@code profile check}: every profile's key tried with a signed call of its own,
 * concurrently, each within a deadline; also the active key's state for the prompt.
 */
package com.vcshell.admin.check;
