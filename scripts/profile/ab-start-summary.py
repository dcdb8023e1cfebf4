# usage: python3 ab-start-summary.py FILE...  (output of ab-start.sh): medians per variant, per-round ratio to the first
import sys, re, collections, statistics as st
runs = collections.defaultdict(list); order = []
for fn in sys.argv[1:]:
    for l in open(fn):
        if not re.match(r'\S+ listening=\d+ first204=\d+ load=', l): continue
        lab = l.split()[0]; d = dict(re.findall(r'(\w+)=([\d.]+)', l))
        if lab not in order: order.append(lab)
        runs[lab].append(d)
b = order[0]
g = lambda v, k: [float(x.get(k, 0)) for x in v]
print('| variant | n | spawn -> "listening" ms | spawn -> first 204 ms, median (min-max) | per-round ratio to %s | CPU ms to first 204: process / main thread / C1 / C2 | load (1 min) |' % b)
print('|---|---|---|---|---|---|---|')
for k in order:
    v = runs[k]; F = g(v, 'first204'); ld = g(v, 'load')
    R = [float(x['first204']) / float(y['first204']) for x, y in zip(v, runs[b])]
    print('| %s | %d | %d | %d (%d-%d) | %.3f (%.3f-%.3f) | %d / %d / %d / %d | %.1f-%.1f |' % (k, len(v), st.median(g(v, 'listening')),
          st.median(F), min(F), max(F), st.median(R), min(R), max(R), st.median(g(v, 'cpu')), st.median(g(v, 'main')),
          st.median(g(v, 'c1')), st.median(g(v, 'c2')), min(ld), max(ld)))
