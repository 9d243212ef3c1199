import path from 'node:path';
import { ConfigError, loadConfig, REPO_ROOT } from './config.js';

describe('loadConfig', () => {
  describe('when nothing is set', () => {
    it('serves on 8080 with an embedded database in ./data', () => {
      const config = loadConfig({});
      expect(config.port).toBe(8080);
      expect(config.mongodbUri).toBeUndefined();
      expect(config.dataDir).toBe(path.join(REPO_ROOT, 'data'));
      expect(config.env).toBe('development');
      expect(config.jsonBodyLimit).toBe('1mb');
    });
  });

  describe('when variables are set', () => {
    it('reads them, treating an empty value as unset', () => {
      const config = loadConfig({
        PORT: '9000',
        MONGODB_URI: 'mongodb://db:27017/ppm',
        DATA_DIR: '',
        TRUST_PROXY: 'true',
      });
      expect(config.port).toBe(9000);
      expect(config.mongodbUri).toBe('mongodb://db:27017/ppm');
      expect(config.dataDir).toBe(path.join(REPO_ROOT, 'data'));
      expect(config.trustProxy).toBeTrue();
    });
  });

  describe('when several variables are wrong', () => {
    it('names each of them with what it must be and what it got', () => {
      let error: unknown;
      try {
        loadConfig({ PORT: 'eighty', MONGODB_URI: 'localhost:27017', LOG_LEVEL: 'loud' });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems.length).toBe(3);
      expect(problems.find((problem) => problem.startsWith('PORT '))).toContain('(got "eighty")');
      expect(problems.find((problem) => problem.startsWith('MONGODB_URI '))).toContain(
        'must be a MongoDB connection string',
      );
      expect(problems.find((problem) => problem.startsWith('LOG_LEVEL '))).toContain('must be one of fatal, error');
    });
  });

  it('refuses a port above 65535', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrowError(ConfigError, /PORT must be a port number/);
  });
});
