import pino from 'pino';
import { PeriodicJob } from '../../subgraphs/shared/run/periodic-job';

describe('a periodic background job', () => {
  test('runs never overlap: a run asked for while one is under way shares it', async () => {
    let started = 0;
    let release!: () => void;
    const job = new PeriodicJob('test', async () => {
      started += 1;
      await new Promise<void>((r) => (release = r));
      return started;
    }, pino({ level: 'silent' }));
    const first = job.runNow();
    const second = job.runNow();
    release();
    expect(await first).toBe(1);
    expect(await second).toBe(1);
    expect(started).toBe(1);
    const third = job.runNow();
    release();
    expect(await third).toBe(2);
  });

  test('a failed run is reported to its caller and the next run starts afresh', async () => {
    let calls = 0;
    const job = new PeriodicJob('test', async () => {
      calls += 1;
      if (calls === 1) throw new Error('database away');
      return calls;
    }, pino({ level: 'silent' }));
    await expect(job.runNow()).rejects.toThrow('database away');
    expect(await job.runNow()).toBe(2);
    await job.stop();
  });
});
