/**
 * `dossier serve` option handling (the running server is covered by the API tests).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { portOption } from '../../src/cli/commands/serve.js';
import { DEFAULT_PORT } from '../../src/server/start.js';
import { cli } from '../helpers/cli.js';

test('--port takes 0 to 65535 and defaults to 8080', () => {
  assert.equal(portOption(undefined), DEFAULT_PORT);
  assert.equal(DEFAULT_PORT, 8080);
  assert.equal(portOption('0'), 0);
  assert.equal(portOption('65535'), 65535);
  for (const bad of ['-1', '65536', 'http', '80.5', '']) assert.throws(() => portOption(bad), /--port takes a port number/, bad);
});

test('dossier serve with a bad port exits 2 with the reason, and help lists serve', async () => {
  const r = await cli(['serve', '--port', 'eighty', '--db', ':memory:']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--port takes a port number from 0 to 65535/);
  const help = await cli(['--help']);
  assert.match(help.stdout, /serve\b.*HTTP API/);
});
