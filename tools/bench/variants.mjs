// The three things compared, each served on its own port of 127.0.0.1 by the same server:
// - Seedform: copies of the release build (dist/) under target/bench/, each with the config.json a
//   funder would write beside it: one for the seed-fund form, one for the generated stress form;
// - SurveyJS: tools/bench/surveyjs/ with survey-core and survey-js-ui from tools/bench/node_modules
//   and the SurveyJS JSON of the same forms;
// - static HTML: tests/bench/seed-fund.static.html, the floor (no script at all).
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { serveStatic } from './server.mjs';
import { seedformDefinition, surveyjsDefinition } from './stress-form.mjs';

/** What opens the first question: its label is the same in all three. */
export const FIRST_QUESTION = 'What is your group called?';

/**
 * Prepares and serves every variant. `root` is the repository, `out` the benchmark's folder
 * (target/bench). Returns `{ seedform, surveyjs, static, close() }`; each variant has a `name`, the
 * `url` of the seed-fund form and, where it has one, `start` (the name of the button that leads
 * from the start page to the first question) and `stressUrl`.
 */
export async function startVariants(root, out) {
  const dist = path.join(root, 'dist');
  const bench = path.join(root, 'tools/bench');
  await mkdir(out, { recursive: true });

  const seedDir = await copyDist(dist, path.join(out, 'seedform'));
  const stressDir = await copyDist(dist, path.join(out, 'stress'));
  await writeFile(path.join(stressDir, 'forms/stress.json'), JSON.stringify(seedformDefinition()));
  const stressSurveyjs = path.join(out, 'stress.surveyjs.json');
  await writeFile(stressSurveyjs, JSON.stringify(surveyjsDefinition()));

  const servers = [];
  const serve = async (...args) => {
    const server = await serveStatic(...args);
    servers.push(server);
    return server;
  };
  const seed = await serve(seedDir);
  await writeConfig(seedDir, seed.origin, 'seed-fund');
  const stress = await serve(stressDir);
  await writeConfig(stressDir, stress.origin, 'stress');
  const modules = path.join(bench, 'node_modules');
  const surveyjs = await serve(path.join(bench, 'surveyjs'), {
    '/survey-core/': path.join(modules, 'survey-core'),
    '/survey-js-ui/': path.join(modules, 'survey-js-ui'),
    '/seed-fund.json': path.join(root, 'tests/bench/seed-fund.surveyjs.json'),
    '/stress.json': stressSurveyjs,
  });
  const floor = await serve(path.join(root, 'tests/bench'));

  return {
    seedform: {
      name: 'Seedform',
      url: `${seed.origin}/?form=seed-fund&lang=en`,
      start: 'Start now',
      stressUrl: `${stress.origin}/?form=stress&lang=en`,
      offline: true,
      sent: seed.sent,
    },
    surveyjs: {
      name: 'SurveyJS',
      url: `${surveyjs.origin}/`,
      start: 'Start now',
      stressUrl: `${surveyjs.origin}/?form=stress`,
    },
    static: { name: 'static HTML', url: `${floor.origin}/seed-fund.static.html` },
    async close() {
      await Promise.all(servers.map((s) => s.close()));
    },
  };
}

/** A fresh copy of the release build (without Trunk's staging folder). */
export async function copyDist(dist, to) {
  await rm(to, { recursive: true, force: true });
  await cp(dist, to, { recursive: true, filter: (src) => path.basename(src) !== '.stage' });
  return to;
}

/**
 * The deployment's config.json, listing one form. The benchmark never presses Send, so nothing is
 * ever posted; the endpoint is only there because a config must name one.
 */
function writeConfig(dir, origin, form) {
  const config = {
    forms: [{ id: form, definition: `forms/${form}.json` }],
    endpoint: { url: `${origin}/submissions`, kind: 'json' },
  };
  return writeFile(path.join(dir, 'config.json'), JSON.stringify(config, null, 2));
}
