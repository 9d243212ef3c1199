import { createLogger } from '../logger.js';
import { startHourlyJobs, type Job } from './hourly-jobs.js';

describe('startHourlyJobs', () => {
  const logger = createLogger('silent');

  function job(run: Job['run']): Job {
    return { done: 'done', failed: 'failed', run };
  }

  it('runs every job at once, in order, and goes on after one fails', async () => {
    const calls: string[] = [];
    const jobs = startHourlyJobs(
      [
        job(() => {
          calls.push('first');
          return Promise.reject(new Error('database away'));
        }),
        job(() => {
          calls.push('second');
          return Promise.resolve(1);
        }),
      ],
      logger,
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    jobs.stop();
    expect(calls).toEqual(['first', 'second']);
  });

  it('runs again at each interval but never starts a round while one is still running', async () => {
    let started = 0;
    let finish: () => void = () => undefined;
    const jobs = startHourlyJobs(
      [
        job(() => {
          started += 1;
          return new Promise((resolve) => (finish = () => resolve(0)));
        }),
      ],
      logger,
      5,
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(started).toBe(1);
    finish();
    await new Promise((resolve) => setTimeout(resolve, 30));
    jobs.stop();
    expect(started).toBe(2);
  });
});
