import sys,re,collections
fn,R=sys.argv[1],float(sys.argv[2])
tot=0; cls=collections.Counter(); site=collections.Counter(); site2=collections.Counter(); excc=collections.Counter()
skip=re.compile(r'^(java/|jdk/|sun/nio|\[)')
for line in open(fn):
    s,n=line.rstrip().rsplit(' ',1); n=float(n); tot+=n; fr=s.split(';'); cls[fr[-1].replace('_[i]','')]+=n
    site[fr[-2]]+=n
    ns=[f for f in fr[:-1] if not skip.search(f)]; site2[ns[-1] if ns else fr[-2]]+=n
    for i,f in enumerate(fr):
        if 'Throwable.fillInStackTrace' in f:
            inits=[g for g in fr[:i] if g.endswith('.<init>')]; excc[inits[0] if inits else f]+=n; break
print('total %.3g bytes sampled over %d requests: %.0f bytes per request'%(tot,R,tot/R))
for name,c in (('by class',cls),('by allocating frame',site),('by first frame outside java.*/jdk.* (the library or JDK-server site)',site2)):
    print('\n== top 12',name)
    for k,n in c.most_common(12): print('%6.2f%% %8.0f B/req  %s'%(100*n/tot,n/R,k[:160]))
print('\n== stack traces (bytes allocated under Throwable.fillInStackTrace, by exception class)')
e=sum(excc.values()); print('%6.2f%% %8.0f B/req  all'%(100*e/tot,e/R))
for k,n in excc.most_common(5): print('%6.2f%% %8.0f B/req  %s'%(100*n/tot,n/R,k))
