import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { findFreePort } from './server-process.js';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));

/** Whether a process with this id is still running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('startServerProcess', () => {
  describe('when our process dies of an uncaught error without stopping it', () => {
    it('takes the server process with it', async () => {
      const port = await findFreePort();
      // A script starts a small TCP server as its "database", prints its pid, then crashes.
      const script = `
        import { startServerProcess } from ${JSON.stringify(path.join(here, 'server-process.ts'))};
        const server = await startServerProcess('probe', process.execPath,
          ['-e', 'require("node:net").createServer().listen(${port}, "127.0.0.1")'], ${port});
        console.log(server.pid);
        throw new Error('crash');
      `;
      const outcome = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]).catch(
        (error: unknown) => error as { stdout: string },
      );
      const pid = Number(outcome.stdout.trim());
      expect(pid).toBeGreaterThan(0);
      const until = Date.now() + 5000;
      while (alive(pid) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(alive(pid)).toBeFalse();
    }, 30_000);
  });
});
