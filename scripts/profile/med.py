import sys,re,collections,statistics
runs=collections.defaultdict(list)
for fn in sys.argv[1:]:
    for l in open(fn):
        m=re.match(r'(\S+) listening=(\d+) first204=(\d+) load=(\S+)',l)
        if m: runs[m.group(1)].append((int(m.group(2)),int(m.group(3)),float(m.group(4))))
print('| run | n | spawn -> "listening" ms, median (min-max) | spawn -> first 204 ms, median (min-max) | "listening" -> first 204 ms, median | load average (1 min) |')
print('|---|---|---|---|---|---|')
for k,v in runs.items():
    L=[a for a,_,_ in v]; F=[b for _,b,_ in v]; G=[b-a for a,b,_ in v]; ld=[c for _,_,c in v]
    print('| %s | %d | %d (%d-%d) | %d (%d-%d) | %d | %.1f-%.1f |'%(k,len(v),statistics.median(L),min(L),max(L),statistics.median(F),min(F),max(F),statistics.median(G),min(ld),max(ld)))
