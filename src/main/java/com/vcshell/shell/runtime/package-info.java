/**
 * What replaces parts of Spring Shell 4.0.1: runner, parser, help, completer, history,
 * terminal input, command registry, interactive loop, script runner and Bean Validation
 * provider. Each names the bug it works around and when to delete it. Failures are
 * reported through {@link com.vcshell.shell.runtime.FailureReporter}, which the command
 * line implements.
 */
package com.vcshell.shell.runtime;
