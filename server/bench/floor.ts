import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';

/**
 * The floor: a bare Express app in the same process answering fixed JSON bytes from memory, with
 * no middleware, authentication or database. What our route costs beyond it is our own work.
 */
export class Floor {
  private readonly bodies = new Map<string, Buffer>();
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    const app = express();
    app.get('/floor/:name', (req, res) => {
      res.type('application/json').send(this.bodies.get(req.params.name));
    });
    this.server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => this.server!.once('listening', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Serves `body` at `/floor/<name>`; returns that path. */
  serve(name: string, body: string): string {
    this.bodies.set(name, Buffer.from(body));
    return `/floor/${name}`;
  }

  stop(): void {
    this.server?.close();
  }
}
