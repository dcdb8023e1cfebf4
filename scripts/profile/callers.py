import sys, collections, re
path, pat = sys.argv[1], re.compile(sys.argv[2]); depth = int(sys.argv[3]) if len(sys.argv) > 3 else 4
skip = re.compile(sys.argv[4]) if len(sys.argv) > 4 else None
tot = 0; c = collections.Counter(); hit = 0
for line in open(path):
    s, n = line.rstrip().rsplit(' ', 1); n = int(n); tot += n
    fr = s.split(';')
    idx = [i for i, f in enumerate(fr) if pat.search(f)]
    if not idx: continue
    hit += n
    i = idx[-1]
    chain = [f for f in fr[:i] if not (skip and skip.search(f))][-depth:]
    c[' <- '.join(reversed(chain))] += n
print('%s: %.2f%% of all' % (sys.argv[2], 100 * hit / tot))
for k, n in c.most_common(12): print('  %6.2f%%  %s' % (100 * n / tot, k[:400]))
