// Starts the stand-alone stub (java -jar mirror-stub.jar --admin --port 0) for a test run and stops it
// again. The jar is MIRROR_STUB_JAR, or the one `mvn -pl server -am package` builds in this repository.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');
const START_TIMEOUT_MS = 60000;
const STOP_TIMEOUT_MS = 10000;

export interface StubServer {
  /** e.g. http://127.0.0.1:41233 */
  readonly baseUrl: string;
  stop(): Promise<void>;
}

/** The jar to run: MIRROR_STUB_JAR, else server/target/mirror-stub.jar of this repository. */
export function stubJar(): string {
  const jar = process.env.MIRROR_STUB_JAR
    ? path.resolve(process.env.MIRROR_STUB_JAR)
    : path.join(REPO_ROOT, 'server', 'target', 'mirror-stub.jar');
  if (!existsSync(jar)) {
    throw new Error(`No stub jar at ${jar}: build it with \`mvn -q -pl server -am package -DskipTests\` `
      + 'in the repository root, or point MIRROR_STUB_JAR at one.');
  }
  return jar;
}

/**
 * Starts the jar on a free port with the admin API and the given extra arguments, and resolves once it
 * prints the line with its URL. Its output is kept, and shown only if it does not start. The process
 * is killed when this one exits, however it exits.
 */
export async function startStub(extraArgs: string[] = []): Promise<StubServer> {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const child = spawn(java, ['-XX:+UseSerialGC', '-jar', stubJar(), '--admin', '--port', '0', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const guard = guardAgainstOrphans(child);
  const output: string[] = [];
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));

  try {
    const baseUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The stub did not start within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
      const lines = createInterface({ input: child.stdout! });
      lines.on('line', (line) => {
        output.push(`${line}\n`);
        const url = /listening on (http:\/\/[^\s/]+)/.exec(line)?.[1];
        if (url) {
          clearTimeout(timer);
          resolve(url);
        }
      });
      child.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`The stub exited before it listened (exit ${code ?? signal})`));
      });
    });
    return { baseUrl, stop: () => stop(child, guard) };
  } catch (e) {
    await stop(child, guard);
    throw new Error(`${(e as Error).message}; its output:\n${output.join('')}`);
  }
}

/**
 * Kills the child when this process exits or is interrupted, so that no java process outlives a
 * failed or aborted run; answers the function that removes this guard.
 */
function guardAgainstOrphans(child: ChildProcess): () => void {
  const onExit = () => child.kill('SIGKILL');
  const onSignal = (signal: NodeJS.Signals) => {
    child.kill('SIGKILL');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.removeListener('exit', onExit);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
}

/** SIGTERM (the stub finishes what it is answering), SIGKILL if it is still there after STOP_TIMEOUT_MS. */
async function stop(child: ChildProcess, guard: () => void): Promise<void> {
  guard();
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
