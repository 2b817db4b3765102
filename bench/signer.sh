#!/usr/bin/env bash
# The signer against Veracode's own Java library: time per Authorization header (clock,
# secure nonce, HMAC key chain, header string) for vcshell's HmacSigner, for Veracode's
# HmacAuthHeaderGenerator (the jar the build copies to target/oracle for the differential
# test) and for a floor (the same work written straight with one reused Mac). Warm-up
# rounds first, then interleaved rounds in rotating order; prints medians and the median
# of the per-round ratios, one line per figure. The signer needs nothing but the JDK, so
# the run's class path is the compiled classes alone.
# Usage: bench/signer.sh [rounds (9)] [headers per batch (20000)]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipTests test-compile
exec java -cp target/classes:target/test-classes com.vcshell.auth.SignerBenchmark \
	target/oracle/vosp-api-wrappers-java.jar "${1:-9}" "${2:-20000}"
