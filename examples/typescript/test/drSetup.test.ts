// Tests of src/drSetup.ts against the stand-alone stub, steered through its admin API (openapi/admin.yaml)
// with the client generated from that spec: one stub for the file, put back to its configured state
// before each test, then preloaded, faulted and read back as each test needs.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, beforeEach, test } from 'node:test';
import {
  Configuration,
  StubAdminApi,
  type StubMirror,
  type StubRequest,
} from '../target/generated/admin-api/index';
import { DrSetup, DrSetupError, type MirrorTarget } from '../src/drSetup';
import { startStub, type StubServer } from './stubServer';

const CONFIG = path.resolve(__dirname, '..', '..', '..', 'test', 'stub-config.yaml');
const API_KEY = 'stub-key';
const API_SECRET = 'stub-secret';
const ADMIN_TOKEN = 'stub-admin-token';
const TARGET: MirrorTarget = { clusterId: 'cluster-dr', linkName: 'link-dr' };
// Retries and polls without waiting: the stub answers at once, and every wait is made explicit.
const NO_WAITING = { baseDelayMs: 0, pollIntervalMs: 0, maxAttempts: 4 };

let stub: StubServer;
let admin: StubAdminApi;
let dr: DrSetup;

before(async () => {
  stub = await startStub(['--config', CONFIG]);
  admin = new StubAdminApi(new Configuration({ basePath: stub.baseUrl, accessToken: ADMIN_TOKEN }));
  dr = DrSetup.withApiKey(stub.baseUrl, API_KEY, API_SECRET, NO_WAITING);
});

after(async () => {
  await stub?.stop();
});

beforeEach(async () => {
  await admin.resetStub();
});

/** Replaces the state: the configured link, with these mirrors. */
async function preloadMirrors(...mirrors: StubMirror[]): Promise<void> {
  await admin.replaceStubState({
    stubState: {
      clusters: [{
        id: TARGET.clusterId,
        links: [{
          name: TARGET.linkName,
          prefix: 'dr_',
          sourceClusterId: 'cluster-primary',
          sourceTopics: [{ name: 'orders', partitions: 3 }, { name: 'payments', partitions: 2 }],
          mirrors,
        }],
      }],
    },
  });
}

/** The mirror as the stub holds it now. */
async function stubMirror(mirrorTopicName: string): Promise<StubMirror | undefined> {
  const state = await admin.getStubState({ clusterId: TARGET.clusterId });
  const link = state.clusters[0].links?.find((l) => l.name === TARGET.linkName);
  return link?.mirrors?.find((m) => m.mirrorTopicName === mirrorTopicName);
}

async function journal(operationId?: string): Promise<StubRequest[]> {
  return (await admin.listStubRequests({ operationId })).requests;
}

test('createMirror creates the prefixed mirror, ACTIVE', async () => {
  const mirror = await dr.createMirror(TARGET, 'orders');

  assert.equal(mirror.mirrorTopicName, 'dr_orders');
  assert.equal(mirror.mirrorStatus, 'ACTIVE');
  assert.equal(mirror.numPartitions, 3);
  const created = (await admin.listCreatedStubMirrors()).mirrors;
  assert.deepEqual(created.map((m) => [m.clusterId, m.linkName, m.mirrorTopicName, m.status]),
    [['cluster-dr', 'link-dr', 'dr_orders', 'ACTIVE']]);
});

test('createMirror sends the source topic and the replication factor, as JSON', async () => {
  const withFactor = DrSetup.withApiKey(stub.baseUrl, API_KEY, API_SECRET, { ...NO_WAITING, replicationFactor: 3 });

  await withFactor.createMirror(TARGET, 'payments');

  const [create] = await journal('createKafkaMirrorTopic');
  assert.equal(create.method, 'POST');
  assert.equal(create.path, '/kafka/v3/clusters/cluster-dr/links/link-dr/mirrors');
  assert.match(create.headers['content-type']?.[0] ?? '', /^application\/json/);
  assert.deepEqual(JSON.parse(create.body ?? ''), { source_topic_name: 'payments', replication_factor: 3 });
  assert.equal(create.status, 204);
});

test('readMirror reports a preloaded status and lags, then a lag changed through the admin API', async () => {
  await preloadMirrors({
    source: 'orders',
    status: 'PAUSED',
    lags: [{ lag: 7, lastSourceFetchOffset: 100 }, { lag: 0, lastSourceFetchOffset: 250 }, { lag: 0 }],
  });

  const first = await dr.readMirror(TARGET, 'dr_orders');
  await admin.updateStubMirror({
    ...TARGET,
    mirrorTopicName: 'dr_orders',
    stubMirrorChange: { partitions: [{ partition: 0, lag: 0, lastSourceFetchOffset: 107 }] },
  });
  const then = await dr.readMirror(TARGET, 'dr_orders');

  assert.equal(first.mirrorStatus, 'PAUSED');
  assert.deepEqual(first.mirrorLags.map((l) => [l.partition, l.lag, l.lastSourceFetchOffset]),
    [[0, 7, 100], [1, 0, 250], [2, 0, -1]]);
  assert.deepEqual(then.mirrorLags.map((l) => [l.partition, l.lag, l.lastSourceFetchOffset]),
    [[0, 0, 107], [1, 0, 250], [2, 0, -1]]);
});

test('pauseMirror leaves the mirror PAUSED', async () => {
  await preloadMirrors({ source: 'orders' });

  await dr.pauseMirror(TARGET, 'dr_orders');

  assert.equal((await stubMirror('dr_orders'))?.status, 'PAUSED');
});

test('promoteMirror waits while the mirror is PENDING_STOPPED and returns it STOPPED', async () => {
  await preloadMirrors({ source: 'orders' });
  const seen: string[] = [];

  const promoted = await dr.promoteMirror(TARGET, 'dr_orders', async (status) => {
    seen.push(status);
    if (status === 'PENDING_STOPPED') {
      assert.equal((await stubMirror('dr_orders'))?.status, 'PENDING_STOPPED');
      await admin.completeStubTransitions();
    }
  });

  assert.deepEqual(seen, ['PENDING_STOPPED', 'STOPPED']);
  assert.equal(promoted.mirrorStatus, 'STOPPED');
  assert.equal((await stubMirror('dr_orders'))?.status, 'STOPPED');
});

test('promoteMirror refuses a mirror that still lags, and leaves it ACTIVE', async () => {
  await preloadMirrors({ source: 'orders', lags: [{ lag: 0 }, { lag: 5 }, { lag: 0 }] });

  await assert.rejects(dr.promoteMirror(TARGET, 'dr_orders'),
    (e: unknown) => e instanceof DrSetupError && /dr_orders/.test(e.message) && e.errorCode != null);

  assert.equal((await stubMirror('dr_orders'))?.status, 'ACTIVE');
  assert.deepEqual((await journal()).map((r) => r.operationId), ['updateKafkaMirrorTopicsPromote']);
});

test('mirrorAndPromote creates, promotes and waits, in that order', async () => {
  const promoted = await dr.mirrorAndPromote(TARGET, 'orders', async (status) => {
    if (status === 'PENDING_STOPPED') {
      await admin.completeStubTransitions();
    }
  });

  assert.equal(promoted.mirrorTopicName, 'dr_orders');
  assert.equal(promoted.mirrorStatus, 'STOPPED');
  assert.deepEqual((await journal()).map((r) => `${r.operationId} ${r.status}`), [
    'createKafkaMirrorTopic 204',
    'listKafkaMirrorTopicsUnderLink 200',
    'updateKafkaMirrorTopicsPromote 200',
    'readKafkaMirrorTopic 200',
    'readKafkaMirrorTopic 200',
  ]);
});

test('a 503 is retried: the second create succeeds', async () => {
  await admin.createStubFault({
    stubFaultRequest: { kind: 'service_unavailable', times: 1, operationId: 'createKafkaMirrorTopic' },
  });

  const mirror = await dr.createMirror(TARGET, 'orders');

  assert.equal(mirror.mirrorTopicName, 'dr_orders');
  assert.deepEqual((await journal('createKafkaMirrorTopic')).map((r) => r.status), [503, 204]);
  assert.equal((await admin.listCreatedStubMirrors()).mirrors.length, 1);
});

test('429 pages are retried until the create goes through', async () => {
  await admin.createStubFault({ stubFaultRequest: { kind: 'too_many_requests', times: 2 } });

  await dr.createMirror(TARGET, 'orders');

  assert.deepEqual((await journal('createKafkaMirrorTopic')).map((r) => r.status), [429, 429, 204]);
});

test('a create whose answer was lost (500, 50003) is retried and not made twice', async () => {
  await admin.createStubFault({
    stubFaultRequest: { kind: 'internal_error', times: 1, operationId: 'createKafkaMirrorTopic', afterProcessing: true },
  });

  const mirror = await dr.createMirror(TARGET, 'orders');

  assert.equal(mirror.mirrorTopicName, 'dr_orders');
  const creates = await journal('createKafkaMirrorTopic');
  assert.deepEqual(creates.map((r) => r.status), [500, 400]);
  assert.equal(JSON.parse(creates[1].responseBody ?? '').error_code, 40002);
  assert.equal((await admin.listCreatedStubMirrors()).mirrors.length, 1);
});

test('a mirror that was there before the first create is refused, not taken over', async () => {
  await preloadMirrors({ source: 'orders' });

  await assert.rejects(dr.createMirror(TARGET, 'orders'),
    (e: unknown) => e instanceof DrSetupError && e.status === 400 && e.errorCode === 40002);

  assert.deepEqual((await journal()).map((r) => r.operationId), ['createKafkaMirrorTopic']);
});

test('a 501 is final: no retry, the error code reaches the caller', async () => {
  await admin.createStubFault({
    stubFaultRequest: { kind: 'server_error', times: 1, status: 501, errorCode: 50101, message: 'Not implemented here.' },
  });

  await assert.rejects(dr.createMirror(TARGET, 'orders'),
    (e: unknown) => e instanceof DrSetupError && e.status === 501 && e.errorCode === 50101);

  assert.equal((await journal('createKafkaMirrorTopic')).length, 1);
  assert.equal((await admin.listCreatedStubMirrors()).mirrors.length, 0);
});

test('retries stop after maxAttempts', async () => {
  await admin.createStubFault({ stubFaultRequest: { kind: 'service_unavailable', operationId: 'createKafkaMirrorTopic' } });

  await assert.rejects(dr.createMirror(TARGET, 'orders'), /after 4 attempts: HTTP 503/);

  assert.equal((await journal('createKafkaMirrorTopic')).length, 4);
});

test('the journal keeps the API key but never the secret', async () => {
  await dr.createMirror(TARGET, 'orders');
  await dr.readMirror(TARGET, 'dr_orders');

  const requests = await journal();
  assert.equal(requests.length, 3);
  const text = JSON.stringify(requests);
  for (const secret of [API_SECRET, Buffer.from(`${API_KEY}:${API_SECRET}`).toString('base64')]) {
    assert.ok(!text.includes(secret), `the journal holds ${secret}`);
  }
  for (const request of requests) {
    assert.equal(request.principal, API_KEY);
    assert.deepEqual(request.headers['authorization'], [`Basic ${API_KEY}:***`]);
  }
});
