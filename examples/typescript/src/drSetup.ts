// The code under test: how a service might prepare and carry out a disaster-recovery cut-over of one
// topic through Confluent's Cluster Linking API, written against the client generated from
// openapi/openapi.yaml and nothing else. It knows nothing of the stub.
import {
  ClusterLinkingV3Api,
  Configuration,
  MirrorTopicStatus,
  ResponseError,
  type AlterMirrorStatusResponseData,
  type MirrorTopicData,
} from '../target/generated/mirror-api/index';

/** Where the mirror lives: the destination cluster and the link that feeds it. */
export interface MirrorTarget {
  clusterId: string;
  linkName: string;
}

export interface DrSetupOptions {
  /** Attempts per call, the first included (default 4). */
  maxAttempts?: number;
  /** First backoff; doubles on each retry (default 200 ms). */
  baseDelayMs?: number;
  /** Upper bound of one backoff, Retry-After included (default 5 s). */
  maxDelayMs?: number;
  /** How often a promoted mirror is read until it is STOPPED (default 250 ms). */
  pollIntervalMs?: number;
  /** How long to wait for STOPPED after a promote (default 60 s). */
  stopTimeoutMs?: number;
  /** Replication factor of the mirror topics created (default: the cluster's). */
  replicationFactor?: number;
}

/** A call the API refused, or that kept failing after the last retry. */
export class DrSetupError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly errorCode?: number,
  ) {
    super(message);
    this.name = 'DrSetupError';
  }
}

interface Refusal {
  status: number;
  errorCode?: number;
  message: string;
  retryAfterMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class DrSetup {
  private readonly options: Required<Omit<DrSetupOptions, 'replicationFactor'>> & Pick<DrSetupOptions, 'replicationFactor'>;

  constructor(
    private readonly api: ClusterLinkingV3Api,
    options: DrSetupOptions = {},
  ) {
    this.options = {
      maxAttempts: 4,
      baseDelayMs: 200,
      maxDelayMs: 5000,
      pollIntervalMs: 250,
      stopTimeoutMs: 60000,
      ...options,
    };
  }

  /** A client for a Kafka REST endpoint with an API key and secret (HTTP Basic). */
  static withApiKey(baseUrl: string, apiKey: string, apiSecret: string, options?: DrSetupOptions): DrSetup {
    const config = new Configuration({ basePath: baseUrl, username: apiKey, password: apiSecret });
    return new DrSetup(new ClusterLinkingV3Api(config), options);
  }

  /**
   * Creates the mirror of sourceTopic on the link and answers it as the cluster reports it. A create
   * whose answer was lost (500 / 50003) may have been done: when its retry finds the mirror already
   * there, that mirror is the result.
   */
  async createMirror(target: MirrorTarget, sourceTopic: string): Promise<MirrorTopicData> {
    let attempts = 0;
    try {
      await this.withRetries(`create the mirror of ${sourceTopic}`, () => {
        attempts++;
        return this.api.createKafkaMirrorTopic({
          ...target,
          createMirrorTopicRequestData: {
            sourceTopicName: sourceTopic,
            replicationFactor: this.options.replicationFactor,
          },
        });
      });
    } catch (e) {
      // 40002 also means "illegal topic name": only a mirror that is there makes it ours.
      const mayBeFromAnEarlierAttempt = attempts > 1 && e instanceof DrSetupError && e.errorCode === 40002;
      const mirror = mayBeFromAnEarlierAttempt ? await this.findMirror(target, sourceTopic) : undefined;
      if (!mirror) {
        throw e;
      }
      return mirror;
    }
    const mirror = await this.findMirror(target, sourceTopic);
    if (!mirror) {
      throw new DrSetupError(`The mirror of ${sourceTopic} was created but the link does not list it`);
    }
    return mirror;
  }

  async readMirror(target: MirrorTarget, mirrorTopicName: string): Promise<MirrorTopicData> {
    return this.withRetries(`read ${mirrorTopicName}`, () =>
      this.api.readKafkaMirrorTopic({ ...target, mirrorTopicName }));
  }

  /** Stops fetching from the source for now; the mirror can be resumed later. */
  async pauseMirror(target: MirrorTarget, mirrorTopicName: string): Promise<void> {
    const answer = await this.withRetries(`pause ${mirrorTopicName}`, () =>
      this.api.updateKafkaMirrorTopicsPause({
        ...target,
        alterMirrorsRequestData: { mirrorTopicNames: [mirrorTopicName] },
      }));
    checkItems(answer.data, 'pause');
  }

  /**
   * Promotes the mirror (it stops mirroring and becomes a writable topic) and waits until the cluster
   * reports it STOPPED. onStatus sees every status read while waiting, the last one STOPPED.
   */
  async promoteMirror(
    target: MirrorTarget,
    mirrorTopicName: string,
    onStatus: (status: MirrorTopicStatus) => void | Promise<void> = () => {},
  ): Promise<MirrorTopicData> {
    const answer = await this.withRetries(`promote ${mirrorTopicName}`, () =>
      this.api.updateKafkaMirrorTopicsPromote({
        ...target,
        alterMirrorsRequestData: { mirrorTopicNames: [mirrorTopicName] },
      }));
    checkItems(answer.data, 'promote');
    const deadline = Date.now() + this.options.stopTimeoutMs;
    for (;;) {
      const mirror = await this.readMirror(target, mirrorTopicName);
      await onStatus(mirror.mirrorStatus);
      if (mirror.mirrorStatus === MirrorTopicStatus.Stopped) {
        return mirror;
      }
      if (mirror.mirrorStatus !== MirrorTopicStatus.PendingStopped) {
        throw new DrSetupError(`${mirrorTopicName} is ${mirror.mirrorStatus} after its promote, not on its way to STOPPED`);
      }
      if (Date.now() >= deadline) {
        throw new DrSetupError(`${mirrorTopicName} is still ${mirror.mirrorStatus} after ${this.options.stopTimeoutMs} ms`);
      }
      await sleep(this.options.pollIntervalMs);
    }
  }

  /** The cut-over of one topic: mirror it, then promote the mirror and wait until it is writable. */
  async mirrorAndPromote(
    target: MirrorTarget,
    sourceTopic: string,
    onStatus?: (status: MirrorTopicStatus) => void | Promise<void>,
  ): Promise<MirrorTopicData> {
    const mirror = await this.createMirror(target, sourceTopic);
    return this.promoteMirror(target, mirror.mirrorTopicName, onStatus);
  }

  private async findMirror(target: MirrorTarget, sourceTopic: string): Promise<MirrorTopicData | undefined> {
    const list = await this.withRetries(`list the mirrors of ${target.linkName}`, () =>
      this.api.listKafkaMirrorTopicsUnderLink(target));
    return list.data.find((m) => m.sourceTopicName === sourceTopic);
  }

  /**
   * Runs call, retrying what a Kafka REST server answers when it is busy or a broker is away: 429,
   * 503, and 500 with error_code 50003 (a Kafka error or a timeout). Backoff doubles from
   * baseDelayMs; a Retry-After header wins when it asks for longer. Anything else is final.
   */
  private async withRetries<T>(what: string, call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (e) {
        if (!(e instanceof ResponseError)) {
          throw e;
        }
        const refusal = await readRefusal(e.response);
        const retryable = refusal.status === 429 || refusal.status === 503
          || (refusal.status === 500 && refusal.errorCode === 50003);
        if (!retryable || attempt >= this.options.maxAttempts) {
          const after = retryable ? ` after ${attempt} attempts` : '';
          throw new DrSetupError(`Could not ${what}${after}: HTTP ${refusal.status}, ${refusal.message}`,
            refusal.status, refusal.errorCode);
        }
        const backoff = this.options.baseDelayMs * 2 ** (attempt - 1);
        await sleep(Math.min(this.options.maxDelayMs, Math.max(backoff, refusal.retryAfterMs ?? 0)));
      }
    }
  }
}

/** An alter operation answers 200 even when a mirror cannot move: each item carries its own error. */
function checkItems(items: AlterMirrorStatusResponseData[], op: string): void {
  const failed = items.find((item) => item.errorCode != null);
  if (failed) {
    throw new DrSetupError(`Could not ${op} ${failed.mirrorTopicName}: ${failed.errorMessage}`, 200, failed.errorCode ?? undefined);
  }
}

/** The status, and the error_code and message of a JSON error body (a 429 is an HTML page). */
async function readRefusal(response: Response): Promise<Refusal> {
  const text = await response.text();
  let errorCode: number | undefined;
  let message = text.length > 200 ? `${text.slice(0, 200)}...` : text;
  try {
    const body = JSON.parse(text);
    if (typeof body?.error_code === 'number') {
      errorCode = body.error_code;
      message = `${body.error_code} ${body.message}`;
    }
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, errorCode, message, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) };
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) {
    return undefined;
  }
  const seconds = Number(header);
  if (Number.isFinite(seconds)) {
    return seconds * 1000;
  }
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
