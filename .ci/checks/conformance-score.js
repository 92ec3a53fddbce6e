// Scores a newman JSON result against assertion-classes.json: pass counts per class, and a
// failing exit code when an assertion of a class the service must pass has failed.
'use strict';
const fs = require('fs');
const [resultFile, classesFile] = process.argv.slice(2);
const result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
const classes = JSON.parse(fs.readFileSync(classesFile, 'utf8')).assertions
  .filter((a) => a.folder !== 'Get Token' && a.class !== 'no-assertion');

// Failures we accept in the classes that must pass, each with the reason. Keep this empty
// unless a reason can be defended in the README's conformance section.
const accepted = {};
const mustPass = new Set(['rfc', 'entra-compat-lenient']);

// The same request name can occur twice, so classified assertions are consumed in run order.
const queue = new Map();
for (const a of classes) {
  const key = `${a.request}\u0000${a.assertion}`;
  if (!queue.has(key)) queue.set(key, []);
  queue.get(key).push(a);
}

const stats = {};
const failures = [];
const bump = (cls, field) => {
  stats[cls] = stats[cls] || { passed: 0, failed: 0, notRun: 0 };
  stats[cls][field] += 1;
};
for (const execution of result.run.executions) {
  for (const assertion of execution.assertions || []) {
    const key = `${execution.item.name}\u0000${assertion.assertion}`;
    const entry = (queue.get(key) || []).shift() || { class: 'unclassified', request: execution.item.name };
    bump(entry.class, assertion.error ? 'failed' : 'passed');
    if (assertion.error) failures.push({ cls: entry.class, request: execution.item.name, test: assertion.assertion });
  }
}
for (const rest of queue.values()) for (const entry of rest) bump(entry.class, 'notRun');

console.log('Conformance (Microsoft SCIM Postman collection), by assertion class:');
for (const [cls, s] of Object.entries(stats).sort()) {
  const total = s.passed + s.failed + s.notRun;
  console.log(`  ${cls.padEnd(22)} ${s.passed}/${total} passed` + (s.failed ? `, ${s.failed} failed` : '')
    + (s.notRun ? `, ${s.notRun} not run` : ''));
}
const rfc = stats.rfc || { passed: 0, failed: 0, notRun: 0 };
const rfcTotal = rfc.passed + rfc.failed + rfc.notRun;
console.log(`rfc-class pass rate: ${rfc.passed}/${rfcTotal} (${((100 * rfc.passed) / Math.max(rfcTotal, 1)).toFixed(1)}%)`);

let blocking = 0;
for (const f of failures) {
  const reason = accepted[`${f.request} / ${f.test}`];
  const mark = mustPass.has(f.cls) ? (reason ? `accepted: ${reason}` : 'BLOCKING') : 'explained in README';
  console.log(`  FAIL [${f.cls}] ${f.request} / ${f.test} (${mark})`);
  if (mustPass.has(f.cls) && !reason) blocking += 1;
}
for (const [cls, s] of Object.entries(stats)) if (mustPass.has(cls) && s.notRun) blocking += s.notRun;
process.exit(blocking === 0 ? 0 : 1);
