import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import { adaptersFromConfig } from './adapters/index.js';
import type { NoticeConfig } from './notice-config.js';
import { NoticeWorker, type WorkerLog } from './worker.js';

/** The worker as the server process runs it: adapters from the environment, polling until stopped. */
export function startNoticeWorker(db: Db, config: NoticeConfig, publicUrl: string, clock: Clock, log: WorkerLog & { warn(obj: object, msg: string): void }) {
  const adapters = adaptersFromConfig(db, config);
  log.info({ email: adapters.email.name, sms: adapters.sms.name, letter: adapters.letter.name, publicUrl }, 'notice worker started');
  if (/\/\/(localhost|127\.0\.0\.1)[:/]/.test(`${publicUrl}/`)) {
    log.warn({ publicUrl }, 'tracking links in notices point at this machine: set PUBLIC_URL to the address citizens use');
  }
  if (adapters.sms.name === 'development mailbox') {
    log.warn({}, 'text messages go to the development mailbox: set NOTIFY_API_KEY and NOTIFY_SMS_TEMPLATE_ID to send them');
  }
  const worker = new NoticeWorker({ db, adapters, clock, publicUrl, pollMs: config.pollMs, leaseMs: config.leaseMs, log });
  worker.start();
  return {
    async stop() {
      await worker.stop();
      for (const adapter of new Set(Object.values(adapters))) if ('close' in adapter && typeof adapter.close === 'function') adapter.close();
    },
  };
}
