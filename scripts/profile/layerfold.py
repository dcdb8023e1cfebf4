# Fold each stack into its sequence of layers (consecutive frames of one layer merged): a flame graph of layers, small enough to keep.
import sys, re, collections
L = [
 ('kernel', r'_\[k\]$'),
 ('GC', r'(VM_GenCollect|GenCollectedHeap|DefNewGeneration|TenuredGeneration|SerialHeap|MarkSweep|VMThread::)'),
 ('JIT', r'(CompileBroker|C2Compiler|Compilation::|Compile::|Phase)'),
 ('executor', r'(SynchronousQueue|ThreadPoolExecutor|InFlightExecutor|LockSupport|Unsafe\.(park|unpark))'),
 ('exceptions', r'(Throwable\.|Exception\.<init>|java_lang_Throwable)'),
 ('jackson', r'^com/fasterxml/jackson'),
 ('stub.api', r'^dev/mirrorstub/server/api/'), ('stub.domain', r'^dev/mirrorstub/server/domain/'),
 ('stub.security', r'^dev/mirrorstub/server/security/'), ('stub.filters', r'^dev/mirrorstub/server/filters/'),
 ('stub.errors', r'^dev/mirrorstub/server/errors/'), ('stub.transport', r'^dev/mirrorstub/server/transport/'),
 ('stub.model', r'^dev/mirrorstub/'),
 ('hk2', r'^(org/jvnet/hk2|org/glassfish/hk2|org/glassfish/jersey/inject/hk2)'),
 ('jersey.routing', r'^org/glassfish/jersey/(server/internal/routing|uri)'),
 ('jersey.filters', r'^org/glassfish/jersey/server/ContainerFilteringStage'),
 ('jersey.entity', r'^org/glassfish/jersey/message'),
 ('jersey.jdkhttp', r'^org/glassfish/jersey/jdkhttp'),
 ('jersey.jackson', r'^org/glassfish/jersey/jackson'),
 ('jersey', r'^(org/glassfish/jersey|jakarta/ws/rs)'),
 ('jdk.httpserver', r'^(sun/net/httpserver|com/sun/net/httpserver)'),
 ('jdk.nio', r'^(sun/nio|java/nio)'),
 ('jdk.regex', r'^java/util/regex'),
 ('jdk.reflect', r'^(java/lang/reflect|jdk/internal/reflect|java/lang/invoke)'),
 ('jdk', r'^(java/|jdk/|sun/)'),
]
comp = [(n, re.compile(r)) for n, r in L]
def lay(f):
    for n, rx in comp:
        if rx.search(f): return n
    return 'native' if not f.startswith('[') else None
src, dst = sys.argv[1], sys.argv[2]
c = collections.Counter()
for line in open(src):
    s, n = line.rstrip().rsplit(' ', 1)
    seq = []
    for f in s.split(';'):
        l = lay(f)
        if l is None: continue
        if l == 'jdk' and seq: continue          # plain JDK frames fold into the layer that called them
        if not seq or seq[-1] != l: seq.append(l)
    c[';'.join(seq)] += float(n)
t = sum(c.values())
with open(dst, 'w') as f:
    f.write('# %s folded into layers (consecutive frames of one layer merged; plain JDK library frames count for their caller); "stack count", share = count / %d\n' % (src.split('/')[-1], t))
    for k, v in c.most_common():
        if v / t < 0.0002: continue
        f.write('%s %d\n' % (k, v))
print(dst, len(c))
