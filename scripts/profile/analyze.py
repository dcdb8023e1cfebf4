import sys, re, collections
path = sys.argv[1]
reqs = float(sys.argv[2]) if len(sys.argv) > 2 else 0
unit = sys.argv[3] if len(sys.argv) > 3 else 'samples'
stacks = []
for line in open(path):
    line = line.rstrip('\n')
    if not line: continue
    s, n = line.rsplit(' ', 1)
    stacks.append((s.split(';'), int(n)))
total = sum(n for _, n in stacks)

# Layer of a sample = first frame from the leaf up that matches a rule (so the layer that "owns" the time),
# kernel frames are attributed to "kernel (syscalls)" then reported again by their Java caller.
RULES = [
    ('GC', r'(SerialHeap|GenCollectedHeap|DefNewGeneration|TenuredGeneration|VM_GenCollect|GCTaskThread|G1|MarkSweep|ContiguousSpace|CardTable)'),
    ('JIT compiler', r'(CompileBroker|C2Compiler|Compile::|PhaseIdealLoop|C1_|Compilation::|CompilerThread)'),
    ('VM thread / safepoints (non-GC)', r'(VMThread::|SafepointSynchronize)'),
    ('exceptions (fillInStackTrace, throw)', r'(Throwable\.fillInStackTrace|Throwable\.<init>|Exception\.<init>|StackTraceElement|java_lang_Throwable|OptoRuntime::handle_exception|SharedRuntime::.*exception|Runtime1::.*exception|JVM_FillInStackTrace)'),
    ('logging', r'(java/util/logging|org/slf4j|ch/qos/logback|System\.Logger|jdk/internal/logger)'),
    ('Jackson', r'^com/fasterxml/jackson'),
    ('Jersey JSON provider (jackson glue)', r'^org/glassfish/jersey/jackson|^org/glassfish/jersey/jsonb'),
    ('HK2 injection', r'^(org/glassfish/hk2|org/jvnet/hk2|org/glassfish/jersey/inject/hk2|jakarta/inject)'),
    ('Jersey message bodies / entity I/O', r'^org/glassfish/jersey/message/|^org/glassfish/jersey/server/ContainerRequest\.(readEntity|bufferEntity)|^org/glassfish/jersey/server/ContainerResponse|^org/glassfish/jersey/server/ServerRuntime\$Responder|^org/glassfish/jersey/internal/util/collection|OutboundMessageContext|InboundMessageContext'),
    ('Jersey routing', r'^org/glassfish/jersey/server/internal/routing'),
    ('Jersey filters/interceptors machinery', r'^org/glassfish/jersey/server/(ContainerFilteringStage|internal/process)|^org/glassfish/jersey/message/internal/(ReaderInterceptorExecutor|WriterInterceptorExecutor)|^org/glassfish/jersey/internal/inject|^org/glassfish/jersey/model'),
    ('Jersey other', r'^org/glassfish/jersey'),
    ('stub: api (resource, views)', r'^dev/mirrorstub/server/api/'),
    ('stub: domain', r'^dev/mirrorstub/server/domain/'),
    ('stub: security filters', r'^dev/mirrorstub/server/security/'),
    ('stub: filters', r'^dev/mirrorstub/server/filters/'),
    ('stub: errors', r'^dev/mirrorstub/server/errors/'),
    ('stub: transport', r'^dev/mirrorstub/server/transport/'),
    ('stub: generated model', r'^dev/mirrorstub/.*model|^io/confluent'),
    ('stub other', r'^dev/mirrorstub'),
    ('JDK HTTP server', r'^(sun/net/httpserver|com/sun/net/httpserver)'),
    ('jakarta.ws.rs', r'^jakarta/ws/rs'),
    ('JDK regex', r'^java/util/regex'),
    ('JDK NIO/net', r'^(sun/nio|java/nio|java/net|sun/net)'),
    ('JDK concurrency/threads', r'^(java/util/concurrent|jdk/internal/misc/Unsafe\.(park|unpark))'),
    ('JDK reflection/invoke', r'^(java/lang/reflect|jdk/internal/reflect|java/lang/invoke|jdk/internal/invoke)'),
]
KRULE = re.compile(r'_\[k\]$')
comp = [(n, re.compile(r)) for n, r in RULES]

def layer(frames):
    # first non-kernel frame from the leaf that matches a rule; kernel leaf => kernel
    if KRULE.search(frames[-1]):
        return 'kernel (syscalls: socket read/write, futex, epoll)'
    for f in reversed(frames):
        for name, rx in comp:
            if rx.search(f): return name
    leaf = frames[-1]
    if leaf.startswith(('java/', 'jdk/', 'sun/')): return 'JDK other (java.lang, util, ...)'
    return 'native/VM other: ' + leaf.split('(')[0][:40]

by_layer = collections.Counter()
for fr, n in stacks: by_layer[layer(fr)] += n

def pct(n): return 100.0 * n / total

def per_req(n):
    if not reqs: return ''
    v = n / reqs
    if unit == 'ms': return '%8.1f us/req' % (v * 1000)
    if unit == 'bytes': return '%8.0f B/req' % v
    return '%8.3f /req' % v

print('total %d %s' % (total, unit))
print('\n== by layer (self, first matching frame from the leaf)')
for k, n in by_layer.most_common(30):
    print('%6.2f%%  %s  %s' % (pct(n), per_req(n), k))

print('\n== leaf frames (self), top 25')
leaf = collections.Counter()
for fr, n in stacks:
    leaf[fr[-1]] += n
for k, n in leaf.most_common(25):
    print('%6.2f%%  %s' % (pct(n), k[:150]))

# leaf Java frame (nearest Java frame to the leaf), for kernel/native time
print('\n== nearest Java frame to the leaf (self), top 25')
lj = collections.Counter()
for fr, n in stacks:
    j = next((f for f in reversed(fr) if '/' in f and not KRULE.search(f) and not f.startswith('[')), fr[-1])
    lj[j] += n
for k, n in lj.most_common(25):
    print('%6.2f%%  %s  %s' % (pct(n), per_req(n), k[:150]))

# inclusive for interesting frames
INCL = sys.argv[4].split('@@') if len(sys.argv) > 4 and sys.argv[4] else []
if INCL:
    print('\n== inclusive (samples whose stack contains the frame)')
    for pat in INCL:
        rx = re.compile(pat)
        n = sum(c for fr, c in stacks if any(rx.search(f) for f in fr))
        print('%6.2f%%  %s  %s' % (pct(n), per_req(n), pat))
