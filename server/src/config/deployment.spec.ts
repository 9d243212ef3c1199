import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, REPO_ROOT } from './config.js';

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  healthcheck?: { test: string[] };
  ports?: string[];
}

// No Docker engine runs on our machines, so the deployment files are checked by parsing them.
describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8')) as {
    services: Record<string, ComposeService>;
    volumes: Record<string, unknown>;
  };
  const { mongo, app } = compose.services;

  it('runs mongo:8 with its data in a named volume and a ping healthcheck', () => {
    expect(mongo?.image).toBe('mongo:8');
    expect(mongo?.volumes).toEqual(['mongo-data:/data/db']);
    expect(Object.keys(compose.volumes)).toEqual(['mongo-data']);
    expect(mongo?.healthcheck?.test.join(' ')).toContain("db.adminCommand('ping')");
  });

  it('builds the app from the Dockerfile and starts it once mongo is healthy', () => {
    expect(app?.build).toEqual({ context: '.', dockerfile: 'Dockerfile' });
    expect(app?.depends_on).toEqual({ mongo: { condition: 'service_healthy' } });
    expect(app?.environment?.['MONGODB_URI']).toBe('mongodb://mongo:27017/ppmonitor');
    expect(app?.ports).toEqual(['${APP_PORT:-8080}:8080']);
  });

  it('configures the app only with variables the server knows', () => {
    const unknown = Object.keys(app?.environment ?? {}).filter((name) => !CONFIG_VARIABLES.includes(name));
    expect(unknown).toEqual([]);
  });
});

describe('README.md', () => {
  it('documents every environment variable in its configuration table', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const undocumented = CONFIG_VARIABLES.filter((name) => !readme.includes(`| \`${name}\` |`));
    expect(undocumented).toEqual([]);
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8');
  const stages = [...dockerfile.matchAll(/^FROM (\S+) AS (\S+)$/gm)].map((match) => [match[1], match[2]]);

  it('builds in one Node 22 stage and runs in another', () => {
    expect(stages).toEqual([
      ['node:22-bookworm-slim', 'build'],
      ['node:22-bookworm-slim', 'runtime'],
    ]);
  });

  it('runs the built server as the unprivileged node user', () => {
    const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'));
    expect(runtime).toContain('USER node');
    expect(runtime).toContain('CMD ["node", "server/dist/main.js"]');
    expect(runtime).toContain('COPY --from=build /app/client/dist/client/browser client/dist/client/browser');
  });
});

describe('.github/dependabot.yml', () => {
  const dependabot = parse(readFileSync(path.join(REPO_ROOT, '.github', 'dependabot.yml'), 'utf8')) as {
    version: number;
    updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[];
  };

  it('keeps the npm lockfile of the whole workspace and the Docker base image current, weekly', () => {
    expect(dependabot.version).toBe(2);
    const watched = dependabot.updates.map((update) => [
      update['package-ecosystem'],
      update.directory,
      update.schedule.interval,
    ]);
    expect(watched).toEqual([
      ['npm', '/', 'weekly'],
      ['docker', '/', 'weekly'],
    ]);
  });
});

describe('docs/security.md', () => {
  it('says how dependencies are kept current and holds the threat model', () => {
    const security = readFileSync(path.join(REPO_ROOT, 'docs', 'security.md'), 'utf8');
    for (const heading of ['## Keeping dependencies current', '## Threat model (one page)']) {
      expect(security).toContain(heading);
    }
    for (const role of ['Focal point', 'Contributor', 'Secretariat', 'Evaluator', 'Admin']) {
      expect(security).toContain(`| ${role} |`);
    }
  });
});
