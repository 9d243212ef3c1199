import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';

/** A database server we started as a child process and must stop on shutdown. */
export interface ServerProcess {
  readonly port: number;
  /** The operating-system process id (tests pause the database with SIGSTOP/SIGCONT). */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/** Asks the OS for a free loopback port. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port')),
      );
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts `command` and resolves once it accepts connections on `port`; rejects with the end
 * of its output if it exits first or takes longer than `startTimeoutMs`.
 */
export async function startServerProcess(
  name: string,
  command: string,
  args: string[],
  port: number,
  startTimeoutMs = 30_000,
): Promise<ServerProcess> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keepTail = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keepTail);
  child.stderr.on('data', keepTail);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let spawnError: Error | undefined;
  child.once('error', (error) => (spawnError = error));

  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (spawnError) throw new Error(`${name} could not be started: ${spawnError.message}`);
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${name} exited during start-up (code ${String(child.exitCode)}):\n${output}`);
    }
    if (await canConnect(port)) break;
    if (Date.now() > deadline) {
      await stopChild(child, exited);
      throw new Error(`${name} did not accept connections on port ${port} within ${startTimeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Our process may end without stopping it (an uncaught error in a script or bench): the
  // database would live on, holding its port and data folder, with nobody to stop it.
  const stopWithUs = () => child.kill('SIGTERM');
  process.once('exit', stopWithUs);
  return {
    port,
    pid: child.pid,
    stop: () => {
      process.removeListener('exit', stopWithUs);
      return stopChild(child, exited);
    },
  };
}

async function stopChild(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killer);
}
