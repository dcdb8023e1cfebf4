# usage: python3 ab-load-summary.py FILE  (output of ab-load.sh): medians per variant and per-round ratios to the first
import sys, re, statistics as st, collections
rows = collections.defaultdict(dict); order = []
for l in open(sys.argv[1]):
    m = re.match(r'RUN (\d+) (\S+) (?:rss_mb=\S+ )?rps=(\S+) p99=(\S+) cpu_us=(\S+) load=(\S+)(?: alloc_b=(\S+))?', l)
    if not m: continue
    r, lab = int(m.group(1)), m.group(2)
    if lab not in order: order.append(lab)
    rows[lab][r] = [float(m.group(i)) for i in (3, 4, 5, 6)] + [float(m.group(7) or 0)]
base = order[0]
loads = [v[3] for lab in rows for v in rows[lab].values()]
print('load average (1 min) during the runs: %.2f-%.2f' % (min(loads), max(loads)))
print('| variant | req/s median (min-max) | p99 ms median | CPU us/req median | bytes/req median | req/s ratio to %s, median of rounds (min-max) | CPU ratio |' % base)
print('|---|---|---|---|---|---|---|')
for lab in order:
    R = rows[lab]; rps = [v[0] for v in R.values()]
    rr = [R[k][0] / rows[base][k][0] for k in R if k in rows[base]]
    cr = [R[k][2] / rows[base][k][2] for k in R if k in rows[base]]
    print('| %s | %.0f (%.0f-%.0f) | %.2f | %.1f | %.0f | %.3f (%.3f-%.3f) | %.3f |' % (lab, st.median(rps), min(rps), max(rps),
          st.median(v[1] for v in R.values()) / 1000, st.median(v[2] for v in R.values()), st.median(v[4] for v in R.values()),
          st.median(rr), min(rr), max(rr), st.median(cr)))
