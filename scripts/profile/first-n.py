import sys, subprocess, time, http.client, random, os, socket
# first-n.py ROUNDS N1,N2,.. label|dir|flags ... : spawn, wait for listening via polling, then N sequential creates on one keep-alive connection; prints time to each checkpoint
rounds=int(sys.argv[1]); cps=[int(x) for x in sys.argv[2].split(',')]
variants=[v.split('|') for v in sys.argv[3:]]
conf=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'bench', 'bench-config.yaml')
hdr={'Content-Type':'application/json','Authorization':'Basic c3R1Yi1rZXk6c3R1Yi1zZWNyZXQ='}
for r in range(rounds):
    for label,d,flags in variants:
        sk=socket.socket(); sk.bind(('127.0.0.1',0)); port=sk.getsockname()[1]; sk.close()
        t0=time.time()
        p=subprocess.Popen(['java']+flags.split()+['-jar','server/target/mirror-stub.jar','--port',str(port),'--config',conf],cwd=d,stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)
        while True:
            try:
                s=socket.create_connection(('127.0.0.1',port),timeout=1); s.close(); break
            except OSError: pass
        c=http.client.HTTPConnection('127.0.0.1',port)
        while True:
            try:
                c.connect(); break
            except OSError:
                time.sleep(0.001)
        out=[]; n=0; mx=max(cps)
        while n<mx:
            n+=1
            body='{"source_topic_name":"bench-fn-%d","replication_factor":1}'%n
            c.request('POST','/kafka/v3/clusters/cluster-1/links/link-bench/mirrors',body,hdr)
            resp=c.getresponse(); resp.read()
            if resp.status!=204: print('status',resp.status); break
            if n in cps: out.append('n%d=%d'%(n,(time.time()-t0)*1000))
        p.terminate(); p.wait()
        print(label,' '.join(out),'load=%s'%open('/proc/loadavg').read().split()[0],flush=True)
