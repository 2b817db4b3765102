/**
 * The Spring Shell front end: thin {@code @Command} adapters over the use cases, the
 * views that print their results, prompt and completion, and the terminal side of the use
 * cases' ports (the y/N and destination questions, the progress bar, warnings, the
 * last-resort output of an unsaved secret).
 */
package com.vcshell.shell;
