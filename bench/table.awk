# bench/run.sh's table: reads "case round ms rssKB" lines (round 0 is the warm-up and is
# left out) and prints medians and medians of per-round ratios as a Markdown table.
# Variables: rounds, java, load, cores, signer (bench/signer.sh's output, or empty).

function median(values, n,    i, j, t, s) {
	for (i = 1; i <= n; i++) s[i] = values[i]
	for (i = 2; i <= n; i++)
		for (j = i; j > 1 && s[j - 1] > s[j]; j--) { t = s[j]; s[j] = s[j - 1]; s[j - 1] = t }
	return (n % 2) ? s[(n + 1) / 2] : (s[n / 2] + s[n / 2 + 1]) / 2
}

# Median over the rounds of one case's time (field "ms") or RSS ("rss").
function med(name, field,    r, v) {
	for (r = 1; r <= rounds; r++) v[r] = (field == "rss") ? rss[name, r] : ms[name, r]
	return median(v, rounds)
}

# Median over the rounds of a / b, where a and b are case names or per-command figures.
function ratio(a, b,    r, v) {
	for (r = 1; r <= rounds; r++) v[r] = value(a, r) / value(b, r)
	return median(v, rounds)
}

function value(name, r) {
	if (name == "pc-fast") return (ms["script400-fast", r] - ms["script0-fast", r]) / 400
	if (name == "pc-fat") return (ms["script400-fat", r] - ms["script0-fat", r]) / 400
	if (name == "pc-raw") return (ms["raw400", r] - ms["raw0", r]) / 400
	if (name ~ /^rss:/) return rss[substr(name, 5), r]
	return ms[name, r]
}

function permed(name,    r, v) {
	for (r = 1; r <= rounds; r++) v[r] = value(name, r)
	return median(v, rounds)
}

function secs(msec) {
	return (msec >= 1000) ? sprintf("%.2f s", msec / 1000) : sprintf("%d ms", msec + 0.5)
}

function mb(kb) {
	return sprintf("%d MB", kb / 1024 + 0.5)
}

function x(r) {
	return sprintf("%.2f×", r)
}

function row(figure, fast, base, floor, vsbase, vsfloor, target) {
	printf "| %s | %s | %s | %s | %s | %s | %s |\n", figure, fast, base, floor, vsbase, vsfloor, target
}

# The first decimal number on the line of bench/signer.sh's output that contains key.
function signed(key,    n, lines, i, j, f, k) {
	n = split(signer, lines, "\n")
	for (i = 1; i <= n; i++) {
		if (index(lines[i], key) == 0) continue
		k = split(lines[i], f, /[ \t]+/)
		for (j = 1; j <= k; j++) if (f[j] ~ /^[0-9]+(\.[0-9]+)?$/) return f[j]
	}
	return ""
}

$2 > 0 { ms[$1, $2] = $3; rss[$1, $2] = $4 }

END {
	printf "vcshell bench: %d rounds (+1 warm-up), interleaved; %s; %s cores; load average %s\n\n",
		rounds, java, cores, load
	row("figure", "fast (`./vcshell`)", "baseline (fat jar)", "floor", "fast / baseline", "fast / floor", "target")
	row("---", "---", "---", "---", "---", "---", "---")
	floor = med("floor")
	row("time to the prompt (tmux)", secs(med("prompt-fast")), secs(med("prompt-fat")),
		secs(floor) " (`java -version`)", x(ratio("prompt-fast", "prompt-fat")),
		x(ratio("prompt-fast", "floor")), "≤ 0.25×, ≤ 8× floor")
	row("one-shot `help`", secs(med("help-fast")), secs(med("help-fat")), secs(floor) " (`java -version`)",
		x(ratio("help-fast", "help-fat")), x(ratio("help-fast", "floor")), "≤ 0.25×, ≤ 8× floor")
	row("one-shot `whoami` (emulator)", secs(med("whoami-fast")), secs(med("whoami-fat")),
		secs(floor) " (`java -version`)", x(ratio("whoami-fast", "whoami-fat")), x(ratio("whoami-fast", "floor")),
		"≤ 0.3×")
	row("per command, 400-line `whoami` script", sprintf("%.2f ms", permed("pc-fast")),
		sprintf("%.2f ms", permed("pc-fat")), sprintf("%.2f ms (raw signed loop)", permed("pc-raw")),
		x(ratio("pc-fast", "pc-fat")), x(ratio("pc-fast", "pc-raw")), "≤ 1.5× floor")
	row("10,000-command local script", secs(med("local10000-fast")), secs(med("local10000-fat")), "—",
		x(ratio("local10000-fast", "local10000-fat")), "—", "not slower")
	row("max RSS at the prompt", mb(med("prompt-fast", "rss")), mb(med("prompt-fat", "rss")),
		mb(med("floor", "rss")) " (`java -version`)", x(ratio("rss:prompt-fast", "rss:prompt-fat")), "—",
		"≤ 120 MB")
	row("max RSS, 400-command script", mb(med("script400-fast", "rss")), mb(med("script400-fat", "rss")), "—",
		x(ratio("rss:script400-fast", "rss:script400-fat")), "—", "flat")
	row("max RSS, 10,000-command script", mb(med("local10000-fast", "rss")), mb(med("local10000-fat", "rss")), "—",
		x(ratio("rss:local10000-fast", "rss:local10000-fat")), "—", "flat")
	ours = signed("vcshell HmacSigner")
	veracode = signed("HmacAuthHeaderGenerator")
	mac = signed("floor")
	speedup = signed("Veracode's time / ours")
	if (ours != "" && veracode != "" && speedup != "")
		row("signer, per header (bench/signer.sh)", ours " µs", veracode " µs (Veracode's jar)",
			(mac != "" ? mac " µs (one reused Mac)" : "—"), x(1 / speedup), (mac != "" ? x(ours / mac) : "—"),
			"≤ 0.5× (2× faster)")
	else
		row("signer, per header", "n/a", "n/a", "n/a", "n/a", "n/a", "bench/signer.sh " (signer == "" ? "not present" : "gave no figures"))
}
