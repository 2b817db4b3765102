package com.vcshell.admin.fleet;

import com.vcshell.admin.UsageException;

/**
 * A plan that cannot be applied as written: the message names the file and line, never a
 * secret. Nothing was sent. Exit code 2.
 */
public class PlanException extends UsageException {

	public PlanException(String message) {
		super(message);
	}

}
