import sys, re, collections
RULES = [
 ('GC', r'(VM_GenCollect|GenCollectedHeap|DefNewGeneration|TenuredGeneration|SerialHeap|MarkSweep)'),
 ('JIT compiler threads', r'(CompileBroker|C2Compiler|Compilation::)'),
 ('executor hand-off (SynchronousQueue park/unpark, ThreadPoolExecutor)', r'(SynchronousQueue|ThreadPoolExecutor\.(getTask|execute)|InFlightExecutor\.execute)'),
 ('socket write (response)', r'(SocketDispatcher\.write|FileDispatcherImpl\.write0|IOUtil\.write)'),
 ('socket read (request)', r'(SocketDispatcher\.read|FileDispatcherImpl\.read0|IOUtil\.read)'),
 ('exceptions: stack traces', r'(Throwable\.fillInStackTrace|java_lang_Throwable::fill_in_stack_trace)'),
 ('Jackson (JSON read/write)', r'^com/fasterxml/jackson'),
 ('stub code (filters, resource, domain, errors)', r'^dev/mirrorstub/server/(api|domain|security|filters|errors|config)/'),
 ('stub transport (guard, rate limiter)', r'^dev/mirrorstub/server/transport/(RequestUriGuard|RateLimiter|FrontHandler)\.(?!handle)'),
 ('HK2 injection / request scope', r'^(org/jvnet/hk2|org/glassfish/hk2|org/glassfish/jersey/inject/hk2)|RequestScope\.(createContext|release|retrieveCurrent|suspend)|Hk2RequestScope'),
 ('Jersey routing (URI templates, regex, method selection)', r'^org/glassfish/jersey/(server/internal/routing|uri)'),
 ('Jersey filter chain (ContainerFilteringStage, provider sorting)', r'^org/glassfish/jersey/server/ContainerFilteringStage|Providers\.(mergeAndSort|sortRanked)'),
 ('Jersey entity I/O (MessageBodyFactory, interceptors, output buffering)', r'^org/glassfish/jersey/message/internal/(MessageBodyFactory|ReaderInterceptorExecutor|WriterInterceptorExecutor|CommittingOutputStream|EntityInputStream)'),
 ('Jersey container (JdkHttpHandlerContainer: request/URI building, response writer)', r'^org/glassfish/jersey/jdkhttp'),
 ('Jersey other (runtime, headers, media types, properties)', r'^(org/glassfish/jersey|jakarta/ws/rs)'),
 ('JDK HTTP server: response headers (Date formatting, header map)', r'ExchangeImpl\.sendResponseHeaders'),
 ('JDK HTTP server: request line and headers parsing', r'sun/net/httpserver/Request\.|ExchangeImpl\.<init>|com/sun/net/httpserver/Headers'),
 ('JDK HTTP server: dispatcher (selector, accept, keep-alive bookkeeping)', r'ServerImpl\$Dispatcher|ServerImpl\.(responseCompleted|requestStarted|requestCompleted)'),
 ('JDK HTTP server: other', r'^(sun/net/httpserver|com/sun/net/httpserver)'),
]
comp=[(n,re.compile(r)) for n,r in RULES]
def owner(fr):
    for f in reversed(fr):
        for n,rx in comp:
            if rx.search(f): return n
    return 'other (threads, VM, unattributed)'
res={}
for fn in sys.argv[1:]:
    c=collections.Counter(); t=0
    for line in open(fn):
        s,n=line.rstrip().rsplit(' ',1); n=float(n); t+=n; c[owner(s.split(';'))]+=n
    res[fn]=(c,t)
names=[n for n,_ in RULES]+['other (threads, VM, unattributed)']
print('| owner | ' + ' | '.join(f.replace('.collapsed','') for f in sys.argv[1:]) + ' |')
print('|---|' + '---|'*len(sys.argv[1:]))
order=sorted(names,key=lambda n:-res[sys.argv[1]][0][n])
for n in order:
    if all(res[f][0][n]/res[f][1] < 0.0005 for f in sys.argv[1:]): continue
    print('| %s | %s |'%(n,' | '.join('%.1f %%'%(100*res[f][0][n]/res[f][1]) for f in sys.argv[1:])))
