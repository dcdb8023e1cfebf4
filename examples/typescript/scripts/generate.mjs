// Generates the two clients that openapitools.json names (mirror-api from openapi.yaml, admin-api from
// admin.yaml) into target/generated, with the generator jar that openapi-generator-cli downloads once
// into its storageDir (outside node_modules, so that `npm ci` keeps it). Quiet: the generator's log is
// printed only when it fails. Skipped when the specs, openapitools.json and package-lock.json are those
// of the last generation.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

// The SHA-256 of openapi-generator-cli-7.25.0.jar from Maven Central (whose .sha1 it matches).
const GENERATOR_JAR_SHA256 = '41ce4f6b07f196676439d710759fa1ced7a08066d06ff1bf314681470289efae';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.join(root, 'target', 'generated');
const stamp = path.join(out, '.inputs.sha256');
const inputs = ['../../openapi/openapi.yaml', '../../openapi/admin.yaml', 'openapitools.json', 'package-lock.json'];
const outputs = ['mirror-api/index.ts', 'admin-api/index.ts'];

const sha256 = (...buffers) => buffers.reduce((h, b) => h.update(b), createHash('sha256')).digest('hex');
const digest = sha256(...inputs.flatMap((input) => [input, '\0', readFileSync(path.join(root, input)), '\0']));
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest
    && outputs.every((file) => existsSync(path.join(out, file)))) {
  process.exit(0);
}

const cliConfig = JSON.parse(readFileSync(path.join(root, 'openapitools.json'), 'utf8'))['generator-cli'];
const jar = path.resolve(root, cliConfig.storageDir.replace('~', homedir()), `${cliConfig.version}.jar`);
const jarIsGenuine = () => existsSync(jar) && sha256(readFileSync(jar)) === GENERATOR_JAR_SHA256;
if (existsSync(jar) && !jarIsGenuine()) {
  rmSync(jar); // a damaged download: openapi-generator-cli fetches it again
}

rmSync(out, { recursive: true, force: true });
const cli = path.join(root, 'node_modules', '@openapitools', 'openapi-generator-cli', 'main.js');
// openapi-generator-cli takes its working directory from PWD.
const run = spawnSync(process.execPath, [cli, 'generate'], { cwd: root, env: { ...process.env, PWD: root }, encoding: 'utf8' });
const problems = [
  ...(run.error ? [String(run.error)] : []),
  ...(run.status !== 0 ? [`exit code ${run.status}`] : []),
  ...(jarIsGenuine() ? [] : [`${jar} is not openapi-generator-cli ${cliConfig.version} as published`]),
  ...outputs.filter((file) => !existsSync(path.join(out, file))).map((file) => `no ${file}`),
];
if (problems.length > 0) {
  process.stderr.write(`${run.stdout ?? ''}${run.stderr ?? ''}openapi-generator-cli generate failed: ${problems.join('; ')}\n`);
  process.exit(1);
}
writeFileSync(stamp, digest);
