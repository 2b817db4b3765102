/**
 * Rendering: tables, JSON, CSV, masking and colour.
 */
package com.vcshell.output;
