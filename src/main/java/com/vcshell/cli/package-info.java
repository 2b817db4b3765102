/**
 * The command line: startup options, the emulator launcher, logging, the choice of mode
 * (one command, a script, the interactive shell), and {@link com.vcshell.cli.ExitMapper},
 * the one place where a failure becomes an exit code and an error line.
 */
package com.vcshell.cli;
