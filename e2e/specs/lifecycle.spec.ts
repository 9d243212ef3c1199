import net from 'node:net';
import { startProductServer } from '../support/server.js';

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('The product server', () => {
  describe('when started without MONGODB_URI', () => {
    it('starts its own database, says which one in the log, and stops both cleanly on SIGTERM', async () => {
      const server = await startProductServer();
      const health = await fetch(`${server.baseUrl}/api/v1/health`);
      expect(await health.json()).toEqual({ status: 'ok', db: 'up' });

      const log = server.output();
      const started = /Embedded database: (mongod|mongodb-memory-server|ferretdb) on 127\.0\.0\.1:(\d+)/.exec(log);
      expect(started).withContext(log).not.toBeNull();
      const databasePort = Number(started?.[2]);
      expect(await accepts(databasePort)).toBeTrue();

      expect(await server.stop()).toBe(0);
      expect(server.output()).toContain('"msg":"Stopped"');
      expect(await accepts(databasePort)).toBeFalse();
    }, 120_000);
  });

  describe('when a variable is wrong', () => {
    it('refuses to start and names the variable', async () => {
      const failure = await startProductServer({ PORT: 'eighty' }).catch((error: unknown) => (error as Error).message);
      expect(failure).toContain('PORT must be a port number');
      expect(failure).toContain('(got "eighty")');
    }, 30_000);
  });
});
