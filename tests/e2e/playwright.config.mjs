// End-to-end tests in Debian's headless Chromium (never a downloaded browser), against the
// release build in dist/ served by the real test endpoint on 127.0.0.1.
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
import fs from 'node:fs';

// SEEDFORM_E2E_PORT lets two runs share a machine (the app on it, the endpoint on the next).
export const APP_PORT = Number(process.env.SEEDFORM_E2E_PORT ?? 4173);
export const ENDPOINT_PORT = APP_PORT + 1;
const received = path.join(root, `target/e2e-received-${APP_PORT}`);
// The test deployment's config.json, pointing at this run's endpoint: edited beside the build,
// as an organisation would, with no rebuild.
const config = path.join(root, `target/e2e-config-${APP_PORT}.json`);
fs.mkdirSync(path.dirname(config), { recursive: true });
// A partner's page that embeds the app (embed.spec.mjs) is served on the app's port + 10.
export const HOST_PORT = APP_PORT + 10;
fs.writeFileSync(
  config,
  fs
    .readFileSync(path.join(here, 'config.test.json'), 'utf8')
    .replaceAll('127.0.0.1:4174', `127.0.0.1:${ENDPOINT_PORT}`)
    .replaceAll('127.0.0.1:4183', `127.0.0.1:${HOST_PORT}`),
);

export default defineConfig({
  testDir: here,
  testMatch: '*.spec.mjs',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Two cores: one browser at a time keeps runs steady.
  workers: 1,
  reporter: [['list']],
  outputDir: path.join(root, 'target/e2e-results'),
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}/`,
    // A UK applicant's browser: dates are typed day, month, year.
    locale: 'en-GB',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    // The smallest phone: every page of every sample form, walked with the keyboard, must not
    // scroll sideways (WCAG 1.4.10 reflow; also what 200 % zoom on a 640 px screen looks like).
    { name: 'phone-320', testMatch: 'keyboard-and-axe.spec.mjs', use: { viewport: { width: 320, height: 640 } } },
  ],
  webServer: {
    // The app is served with a test config.json (edited beside the build, no rebuild) that
    // points at this run's endpoint; submissions land in target/e2e-received.
    command:
      `rm -rf ${received} && ${path.join(root, 'target/debug/seedform-endpoint')} --port ${ENDPOINT_PORT} ` +
      `--data ${received} --app ${path.join(root, 'dist')} --app-port ${APP_PORT} --config ${config}`,
    url: `http://127.0.0.1:${APP_PORT}/config.json`,
    reuseExistingServer: false,
    stdout: 'pipe',
    timeout: 30_000,
  },
});
