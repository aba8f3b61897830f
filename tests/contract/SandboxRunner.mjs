// Starts a real sellerpulse-sandbox on a free loopback port with a fresh data folder, reads its
// SANDBOX lines, and talks HTTPS to it trusting only the certificate it printed.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const READY_TIMEOUT_MS = 30000;

// Sandboxes still running when this process ends (an exception, ctest's timeout SIGTERM, Ctrl-C)
// are stopped with it, so that no server outlives the test.
const running = new Set();
process.on('exit', () => { for (const child of running) child.kill('SIGTERM'); });
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => { for (const child of running) child.kill('SIGTERM'); process.exit(128 + (signal === 'SIGINT' ? 2 : 15)); });
}

export class SandboxRunner {
  constructor(binary, extraArgs = []) {
    this.binary = binary;
    this.extraArgs = extraArgs;
    this.stderr = '';
    this.lines = {};
  }

  start() {
    this.dataDir = mkdtempSync(join(tmpdir(), 'sp-contract-'));
    const args = ['--port', '0', '--data-dir', this.dataDir, '--bcrypt-cost', '4', ...this.extraArgs];
    this.process = spawn(this.binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(this.process);
    this.process.once('exit', () => running.delete(this.process));
    this.process.stderr.on('data', (chunk) => { this.stderr += chunk.toString('utf8'); });
    return new Promise((resolve, reject) => {
      let buffered = '';
      const timer = setTimeout(() => reject(new Error(`no "SANDBOX ready" line within ${READY_TIMEOUT_MS} ms`
        + `; stderr:\n${this.stderr}`)), READY_TIMEOUT_MS);
      this.process.on('error', (error) => { clearTimeout(timer); reject(new Error(`cannot start ${this.binary}: ${error.message}`)); });
      this.process.on('exit', (code, signal) => {
        clearTimeout(timer);
        this.exit = { code, signal };
        reject(new Error(`the sandbox exited (code ${code}, signal ${signal}) before it was ready; stderr:\n${this.stderr}`));
      });
      this.process.stdout.on('data', (chunk) => {
        buffered += chunk.toString('utf8');
        let newline;
        while ((newline = buffered.indexOf('\n')) >= 0) {
          const line = buffered.slice(0, newline).trim();
          buffered = buffered.slice(newline + 1);
          if (!line.startsWith('SANDBOX ')) continue;
          for (const match of line.slice(8).matchAll(/([a-z-]+)=(\S+)/g)) this.lines[match[1]] = match[2];
          if (line.startsWith('SANDBOX ready')) {
            clearTimeout(timer);
            this.process.removeAllListeners('exit');
            this.process.on('exit', (code, signal) => { this.exit = { code, signal }; });
            this.url = new URL(this.lines.url);
            this.ca = this.lines.cert ? readFileSync(this.lines.cert) : null;
            resolve(this);
          }
        }
      });
    });
  }

  get adminToken() { return this.lines['admin-token']; }
  get demoEmail() { return this.lines['demo-email']; }
  get demoPassword() { return this.lines['demo-password']; }

  // Sends one request; resolves { status, headers, body } (never rejects for HTTP errors).
  // body: an object (sent as JSON), a string, or a Buffer; contentType overrides application/json.
  send({ method, path, body, headers = {}, contentType }) {
    const payload = body === undefined ? null
      : Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    const allHeaders = { ...headers };
    if (payload) {
      allHeaders['content-type'] = contentType ?? 'application/json';
      allHeaders['content-length'] = payload.length;
    }
    const https = this.url.protocol === 'https:';
    const options = {
      method, host: this.url.hostname, port: this.url.port, path, headers: allHeaders, agent: false,
      // Trust exactly the sandbox's certificate; full verification, host name included.
      ...(https ? { ca: this.ca, minVersion: 'TLSv1.2', rejectUnauthorized: true } : {}),
    };
    return new Promise((resolve, reject) => {
      const request = (https ? httpsRequest : httpRequest)(options, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode, headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      });
      // A server may answer (413) and close before it read the whole body: the answer counts.
      request.on('error', (error) => { if (!request.res) reject(error); });
      request.setTimeout(15000, () => request.destroy(new Error(`${method} ${path}: no answer within 15 s`)));
      if (payload) request.write(payload);
      request.end();
    });
  }

  // SIGTERM, then waits for the exit; resolves the exit status.
  stop() {
    return new Promise((resolve) => {
      const finish = () => {
        rmSync(this.dataDir, { recursive: true, force: true });
        resolve(this.exit);
      };
      if (!this.process || this.exit) { finish(); return; }
      const timer = setTimeout(() => this.process.kill('SIGKILL'), 10000);
      this.process.once('exit', (code, signal) => { clearTimeout(timer); this.exit = { code, signal }; finish(); });
      this.process.kill('SIGTERM');
    });
  }
}
