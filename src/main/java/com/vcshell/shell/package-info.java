/**
 * The Spring Shell front end: commands, completion, prompt, confirmation, history, exit
 * codes, and the one-shot, script and interactive runners.
 */
package com.vcshell.shell;
