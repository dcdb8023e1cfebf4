import sys,re,collections
PH=[('StubConfig.embeddedDefault / read (YAML config)',r'dev/mirrorstub/server/config/StubConfig\.(embeddedDefault|read)'),
    ('InMemoryMirrorService.<init> (state)',r'dev/mirrorstub/server/domain/InMemoryMirrorService\.<init>'),
    ('StubApplication.create (ResourceConfig)',r'dev/mirrorstub/server/StubApplication\.create'),
    ('ContainerFactory.createContainer (Jersey+HK2 init)',r'org/glassfish/jersey/server/ContainerFactory\.createContainer'),
    ('HttpTransport.start',r'dev/mirrorstub/server/transport/HttpTransport\.start'),
    ('onStartup',r'ApplicationHandler\.onStartup'),
    ('ProcessSettings.apply',r'ProcessSettings'),
    ('Main other',r'dev/mirrorstub/server/Main\.'),
    ('launcher (LauncherHelper, jar, before main)',r'sun/launcher/LauncherHelper'),
    ('JVM init (Threads::create_vm etc.)',r'Threads::create_vm|JNI_CreateJavaVM|create_vm'),
]
files=sys.argv[1:]
tot_thr=collections.Counter(); ph=collections.Counter(); sub=collections.defaultdict(collections.Counter)
N=0
for fn in files:
    for line in open(fn):
        s,n=line.rstrip().rsplit(' ',1); n=int(n); fr=s.split(';'); N+=n
        th=re.sub(r' tid=\d+','',fr[0]); th=re.sub(r'-\d+\]',']',th); th=re.sub(r'#\d+','#',th)
        tot_thr[th]+=n
        if th.startswith(('[main','[java','[DestroyJavaVM')):
            p=next((name for name,rx in PH if any(re.search(rx,f) for f in fr)),'main: other')
            ph[p]+=n
            # within phase: first frame after the phase frame in a library package
            if p.startswith('ContainerFactory') or p.startswith('StubConfig'):
                lib=[f for f in fr if re.match(r'(org/glassfish/jersey/server/(ApplicationHandler|internal|model|ResourceBag)|org/jvnet/hk2|org/glassfish/hk2|com/fasterxml/jackson/(databind|dataformat|core)|org/yaml|java/lang/ClassLoader|java/lang/invoke|java/lang/reflect|jdk/internal|Interpreter|SystemDictionary|dev/mirrorstub/server/config/ConfigChecks|dev/mirrorstub/server/domain)',f)]
                key=';'.join(re.sub(r'\(.*','',x).split('/')[-1] for x in lib[:3]) if lib else fr[-1]
                sub[p][key]+=n
print('samples (1 ms CPU each):',N, 'in', len(files),'runs')
print('== by thread')
for k,n in tot_thr.most_common(12): print('%6.1f%% %s'%(100*n/N,k))
M=sum(ph.values())
print('== main thread by phase (share of main-thread samples)')
for k,n in ph.most_common(): print('%6.1f%% %s'%(100*n/M,k))
for p in sub:
    print('== inside',p)
    for k,n in sub[p].most_common(12): print('  %6.1f%% of main  %s'%(100*n/M,k[:140]))
