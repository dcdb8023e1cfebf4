import sys,re,collections
anchor=re.compile(sys.argv[1]); files=sys.argv[2:]
under=collections.Counter(); leafcat=collections.Counter(); M=0; A=0
CATS=[('class load/define/link/verify (VM)',r'SystemDictionary|ClassFileParser|ClassLoader::|KlassFactory|InstanceKlass::link|Verifier|Rewriter|ClassVerifier|defineClass|SharedClassPathEntry|FileMapInfo|InstanceKlass::initialize|Dictionary::|ClassLoaderData|LinkResolver|ConstantPool::klass|SystemDictionaryShared|findBootstrapClass|JVM_DefineClass|JVM_FindClass|ZipFile|zip|inflate|BuiltinClassLoader|URLClassPath|jdk/internal/loader'),
      ('method handles / lambdas / indy (VM+Java)',r'MethodHandleNatives|LambdaForm|InvokerBytecodeGenerator|LambdaMetafactory|InnerClassLambdaMetafactory|java/lang/invoke|BootstrapMethodInvoker|SystemDictionary::find_method_handle|jdk/internal/org/objectweb'),
      ('reflection / annotations / proxies',r'java/lang/reflect|jdk/internal/reflect|sun/reflect/annotation|AnnotationParser|java/lang/Class\.(getDeclared|getMethods|getAnnotation|getConstructor|privateGetDeclared|getField|getRecordComponents|getGenericInterfaces|getInterfaces)|Reflection::|JVM_GetClassDeclared|Proxy'),
      ('interpreter (running init code)',r'^Interpreter$|InterpreterRuntime|TemplateInterpreter|BytecodeInterpreter'),
      ('kernel',r'_\[k\]$'),
]
for fn in files:
    for line in open(fn):
        s,n=line.rstrip().rsplit(' ',1); n=int(n); fr=s.split(';')
        if not fr[0].startswith(('[main','[DestroyJavaVM')): continue
        M+=n
        idx=[i for i,f in enumerate(fr) if anchor.search(f)]
        if not idx: continue
        A+=n; i=idx[0]
        nxt=next((f for f in fr[i+1:] if not anchor.search(f) and '/' in f), fr[-1])
        under[nxt]+=n
        cat=next((c for c,rx in CATS if any(re.search(rx,f) for f in fr[i+1:])),'compiled/other Java: '+fr[-1].split('(')[0][-50:])
        # attribute by the deepest matching category instead: check leaf-first
        cat2='other (compiled code, alloc, ...)'
        for f in reversed(fr[i+1:]):
            m=next((c for c,rx in CATS if re.search(rx,f)),None)
            if m: cat2=m; break
        leafcat[cat2]+=n
print('anchor %s: %.1f%% of main-thread samples'%(sys.argv[1],100*A/M))
print('== next frame below anchor (share of main)')
for k,n in under.most_common(15): print('  %5.1f%%  %s'%(100*n/M,k[:130]))
print('== what the CPU does under the anchor (leaf-first category; share of main)')
for k,n in leafcat.most_common(): print('  %5.1f%%  %s'%(100*n/M,k))
