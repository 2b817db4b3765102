/**
 * Files that hold secrets or record what became of them: the atomic writer, owner-only
 * files (modes 0600/0700), new credentials files, rescue files and the audit log. Knows
 * nothing of profiles, the API or the shell.
 */
package com.vcshell.vault;
