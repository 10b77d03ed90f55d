#!/usr/bin/env node
// Checks the interface strings in app/locales/*.ftl against app/locales/en.ftl.
//
// Usage: node tests/check-locales.mjs
//
// No dependencies: a small line-based reader of the Fluent syntax the locale files use
// (messages, multiline values, select expressions). It fails (exit 1) and lists every problem when:
//   - one of the required locales is missing;
//   - a file lacks a message that en.ftl has, or has one that en.ftl lacks (or has one twice);
//   - a message uses a different set of variables from the same message in en.ftl;
//   - the comment block at the top of a file has no "Review:" line;
//   - braces are unbalanced;
//   - a select expression has no default variant *[...];
//   - a plural select uses a category the language does not have, or misses one it has
//     (CLDR plural rules, from the Intl.PluralRules built into Node).

import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const LOCALES_DIR = join(ROOT, "app", "locales");
const REQUIRED = ["en", "ar", "fa", "prs", "ps", "ur", "ckb", "ti", "am", "so", "uk", "pl", "ro", "cy"];
const SOURCE = "en";
const PLURAL_CATEGORIES = new Set(["zero", "one", "two", "few", "many", "other"]);

const problems = [];
const problem = (file, line, text) =>
  problems.push(`${relative(ROOT, join(LOCALES_DIR, file))}${line ? `:${line}` : ""}: ${text}`);

/** Splits a file into its header comment block and its messages. */
function readEntries(file, text) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = [];
  const messages = new Map(); // id -> { line, value }
  let i = 0;

  // The header: the comment lines (and blank lines) before the first message.
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (l.startsWith("#")) header.push(l);
    else if (l.trim() !== "") break;
  }

  let current = null; // { id, line, parts: [] }
  let depth = 0; // brace depth at the end of the lines read so far for `current`
  const finish = () => {
    if (!current) return;
    while (current.parts.length && current.parts[current.parts.length - 1].trim() === "") current.parts.pop();
    const value = current.parts.join("\n");
    if (messages.has(current.id)) problem(file, current.line, `message "${current.id}" is defined twice`);
    else messages.set(current.id, { line: current.line, value });
    current = null;
    depth = 0;
  };

  for (; i < lines.length; i++) {
    const l = lines[i];
    const lineNo = i + 1;
    // A line at column 0 that starts a new message or a comment ends the current message, even
    // inside an unclosed "{" (reported by analyse()), so one typo does not swallow the file.
    const startsEntry = /^-?[a-zA-Z][a-zA-Z0-9_-]*[ \t]*=/.test(l) || l.startsWith("#");
    if (current && ((depth > 0 && !startsEntry) || /^[ \t]/.test(l) || l.trim() === "")) {
      // Inside an open placeable, an indented continuation line, or a blank line
      // (which belongs to the value only if an indented line follows; trimmed in finish()).
      if (l.trim() === "" && depth === 0) {
        const next = lines.slice(i + 1).find((x) => x.trim() !== "");
        if (next === undefined || !/^[ \t]/.test(next)) {
          finish();
          continue;
        }
      }
      current.parts.push(l);
      depth = braceDepth(file, current, current.parts.join("\n"));
      continue;
    }
    finish();
    if (l.trim() === "" || l.startsWith("#")) continue;
    const m = /^(-?[a-zA-Z][a-zA-Z0-9_-]*)[ \t]*=[ \t]*(.*)$/.exec(l);
    if (!m) {
      problem(file, lineNo, `cannot read this line: ${JSON.stringify(l)}`);
      continue;
    }
    current = { id: m[1], line: lineNo, parts: [m[2]] };
    depth = braceDepth(file, current, m[2]);
  }
  finish();
  return { header, messages };
}

/** Brace depth at the end of `value` (string literals inside placeables are skipped). */
function braceDepth(_file, _msg, value) {
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (depth > 0 && c === '"') {
      for (i++; i < value.length && value[i] !== '"'; i++) if (value[i] === "\\") i++;
    } else if (c === "{") depth++;
    else if (c === "}") depth = Math.max(0, depth - 1);
  }
  return depth;
}

/**
 * Scans one message value: checks the braces, finds the variables, and collects every select
 * expression with its variant keys. Returns { variables: Set, selects: [{ selector, keys, hasDefault }] }.
 */
function analyse(file, id, line, value) {
  const variables = new Set();
  const selects = [];
  const stack = []; // one entry per open placeable: { select: null | {...} }
  let atLineStart = true;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === "\n") {
      atLineStart = true;
      continue;
    }
    if (stack.length > 0 && c === '"') {
      const start = i;
      for (i++; i < value.length && value[i] !== '"'; i++) if (value[i] === "\\") i++;
      if (i >= value.length) problem(file, line, `message "${id}": string literal at ${start} is never closed`);
      atLineStart = false;
      continue;
    }
    if (c === "{") {
      stack.push({ select: null, start: i });
      atLineStart = false;
      continue;
    }
    if (c === "}") {
      const top = stack.pop();
      if (!top) problem(file, line, `message "${id}": "}" without a matching "{"`);
      else if (top.select) {
        if (!top.select.hasDefault) {
          problem(file, line, `message "${id}": select on ${top.select.selector} has no default variant *[...]`);
        }
        if (top.select.keys.length === 0) problem(file, line, `message "${id}": select on ${top.select.selector} has no variants`);
        selects.push(top.select);
      }
      atLineStart = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top && !top.select && c === "-" && value[i + 1] === ">") {
      const selector = value.slice(top.start + 1, i).trim();
      top.select = { selector, keys: [], hasDefault: false };
      i++;
      atLineStart = false;
      continue;
    }
    if (top && top.select && atLineStart && (c === "[" || c === "*")) {
      const m = /^(\*?)\[\s*([^\]\s]+)\s*\]/.exec(value.slice(i));
      if (m) {
        if (m[1]) {
          if (top.select.hasDefault) problem(file, line, `message "${id}": more than one default variant`);
          top.select.hasDefault = true;
        }
        if (top.select.keys.includes(m[2])) problem(file, line, `message "${id}": variant [${m[2]}] appears twice`);
        top.select.keys.push(m[2]);
        i += m[0].length - 1;
        atLineStart = false;
        continue;
      }
    }
    if (c === "$" && stack.length > 0) {
      const m = /^\$([a-zA-Z][a-zA-Z0-9_-]*)/.exec(value.slice(i));
      if (m) {
        variables.add(m[1]);
        i += m[0].length - 1;
      }
    }
    if (c !== " " && c !== "\t") atLineStart = false;
  }
  if (stack.length > 0) problem(file, line, `message "${id}": ${stack.length} "{" never closed`);
  return { variables, selects };
}

function pluralCategories(tag) {
  try {
    return new Set(new Intl.PluralRules(tag).resolvedOptions().pluralCategories);
  } catch {
    return null;
  }
}

// ---- main ----

let files;
try {
  files = readdirSync(LOCALES_DIR).filter((f) => f.endsWith(".ftl")).sort();
} catch (e) {
  console.error(`cannot read ${relative(ROOT, LOCALES_DIR)}: ${e.message}`);
  process.exit(1);
}
const tags = files.map((f) => f.slice(0, -4));
for (const tag of REQUIRED) if (!tags.includes(tag)) problem(`${tag}.ftl`, 0, "required locale file is missing");

const parsed = new Map();
for (const file of files) {
  const tag = file.slice(0, -4);
  const text = readFileSync(join(LOCALES_DIR, file), "utf8");
  const { header, messages } = readEntries(file, text);
  if (!header.some((l) => /^#+\s*Review:/.test(l))) {
    problem(file, 1, 'the comment block at the top has no "# Review: ..." line');
  }
  const analysed = new Map();
  const categories = pluralCategories(tag);
  for (const [id, { line, value }] of messages) {
    if (value.trim() === "") problem(file, line, `message "${id}" is empty`);
    const a = analyse(file, id, line, value);
    analysed.set(id, { line, ...a });
    for (const s of a.selects) {
      const named = s.keys.filter((k) => PLURAL_CATEGORIES.has(k));
      if (named.length === 0 || !categories) continue;
      for (const k of named) {
        if (!categories.has(k)) problem(file, line, `message "${id}": [${k}] is not a plural category of ${tag} (it has: ${[...categories].join(", ")})`);
      }
      for (const k of categories) {
        if (!s.keys.includes(k)) problem(file, line, `message "${id}": select on ${s.selector} lacks the ${tag} plural category [${k}]`);
      }
    }
  }
  parsed.set(tag, analysed);
}

const source = parsed.get(SOURCE);
if (!source) {
  problem(`${SOURCE}.ftl`, 0, "the source locale is missing; nothing to compare against");
} else {
  for (const [tag, messages] of parsed) {
    if (tag === SOURCE) continue;
    const file = `${tag}.ftl`;
    for (const [id, src] of source) {
      const m = messages.get(id);
      if (!m) {
        problem(file, 0, `missing message "${id}"`);
        continue;
      }
      const want = [...src.variables].sort().join(", ");
      const got = [...m.variables].sort().join(", ");
      if (want !== got) problem(file, m.line, `message "${id}" uses variables {${got}}, ${SOURCE}.ftl uses {${want}}`);
    }
    for (const [id, m] of messages) {
      if (!source.has(id)) problem(file, m.line, `message "${id}" is not in ${SOURCE}.ftl`);
    }
  }
}

if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem${problems.length === 1 ? "" : "s"} in app/locales`);
  process.exit(1);
}
console.log(`${parsed.size} locales, ${source.size} messages each: ok`);
