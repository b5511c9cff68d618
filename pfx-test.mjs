import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = '/tmp/pfx/site';
const server = http
  .createServer((req, res) => {
    let p = path.join(root, decodeURIComponent(req.url.split('?')[0]));
    if (p.endsWith('/')) p += 'index.html';
    fs.readFile(p, (e, d) => {
      if (e) {
        res.writeHead(404);
        res.end();
        return;
      }
      const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css' };
      res.writeHead(200, { 'content-type': types[path.extname(p)] || 'application/octet-stream' });
      res.end(d);
    });
  })
  .listen(8765);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.text()));
await page.goto('http://127.0.0.1:8765/');
await page.waitForFunction(() => window.ready);
for (const q of process.argv.slice(2)) console.log(JSON.stringify(q), await page.evaluate((s) => window.q(s), q));
await browser.close();
server.close();
