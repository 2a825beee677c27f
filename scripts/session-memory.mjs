// Drives headless Chromium over the DevTools protocol for scripts/measure-session-memory.sh: every
// student session gets its own browser context (its own cookie jar, so its own HTTP and Vaadin
// session), signs in on the login page, and opens the quiz attempt page. Between the steps it reads
// the server's live heap with `jcmd <pid> GC.class_histogram` (a full GC first, live objects only).
// Needs Node 20 with --experimental-websocket (no npm packages).
// Usage: node --experimental-websocket scripts/session-memory.mjs <devtools-ws-url> <base-url> <server-pid>
//        <sessions> <heartbeat-seconds> <username> <password>
import { execFileSync } from 'node:child_process';

const [wsUrl, base, pid, sessionsArg, heartbeatArg, username, password] = process.argv.slice(2);
const sessions = Number(sessionsArg);
const heartbeatSeconds = Number(heartbeatArg);
const PARALLEL = 4;
const WATCHED = {
  ui: 'com.vaadin.flow.component.UI',
  vaadinSession: 'com.vaadin.flow.spring.SpringVaadinSession',
  httpSession: 'org.apache.catalina.session.StandardSession',
  quizView: 'org.sourcebook.ui.student.quiz.QuizAttemptView',
};

/** A DevTools connection with flattened target sessions. */
class Cdp {
  constructor(url) {
    this.ws = new WebSocket(url);
    this.next = 1;
    this.pending = new Map();
    this.ws.onmessage = (event) => {
      const message = JSON.parse(event.data);
      const waiting = message.id && this.pending.get(message.id);
      if (waiting) {
        this.pending.delete(message.id);
        message.error ? waiting.reject(new Error(JSON.stringify(message.error))) : waiting.resolve(message.result);
      }
    };
    this.opened = new Promise((resolve, reject) => { this.ws.onopen = resolve; this.ws.onerror = reject; });
  }
  send(method, params = {}, sessionId = undefined) {
    const id = this.next++;
    this.ws.send(JSON.stringify({ id, method, params, sessionId }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One student's browser context and tab. */
class Tab {
  static async open(cdp) {
    const { browserContextId } = await cdp.send('Target.createBrowserContext', { disposeOnDetach: true });
    const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
    const tab = new Tab(cdp, browserContextId, targetId, sessionId);
    await cdp.send('Page.enable', {}, sessionId);
    return tab;
  }
  constructor(cdp, contextId, targetId, sessionId) {
    Object.assign(this, { cdp, contextId, targetId, sessionId });
  }
  async evaluate(expression) {
    const result = await this.cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, this.sessionId);
    return result.result.value;
  }
  async navigate(path) {
    await this.cdp.send('Page.navigate', { url: base + path }, this.sessionId);
  }
  async waitFor(expression, what, seconds = 60) {
    for (const end = Date.now() + seconds * 1000; Date.now() < end; await sleep(200)) {
      try {
        const value = await this.evaluate(expression);
        if (value) return value;
      } catch (navigating) { /* the page is being replaced; ask again */ }
    }
    const where = await this.evaluate(`location.href + ' ' + document.body.innerText.slice(0, 400)`).catch(() => '?');
    throw new Error(`timed out waiting for ${what} on ${where}`);
  }
  async type(selector, text) {
    await this.waitFor(`!!document.querySelector('${selector}')`, selector);
    await this.evaluate(`document.querySelector('${selector}').focus()`);
    await this.cdp.send('Input.insertText', { text }, this.sessionId);
  }
  async pressEnter() {
    for (const type of ['keyDown', 'keyUp']) {
      await this.cdp.send('Input.dispatchKeyEvent', { type, key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13,
        text: type === 'keyDown' ? '\r' : undefined }, this.sessionId);
    }
  }
  async signIn() {
    await this.navigate('/login');
    await this.type('#vaadinLoginUsername input', username);
    await this.type('#vaadinLoginPassword input', password);
    await this.pressEnter();
    await this.waitFor(`!!document.getElementById('student-home')`, 'the student home page');
  }
  async close() {
    await this.cdp.send('Target.closeTarget', { targetId: this.targetId });
    await this.cdp.send('Target.disposeBrowserContext', { browserContextId: this.contextId }).catch(() => {});
  }
}

/** The live heap after a full GC, and how many of the watched classes are alive. */
function heap(label) {
  const histogram = execFileSync('jcmd', [pid, 'GC.class_histogram'], { maxBuffer: 64 << 20 }).toString();
  const counts = {};
  for (const [key, name] of Object.entries(WATCHED)) {
    const row = histogram.split('\n').find((line) => line.trim().split(/\s+/)[3] === name);
    counts[key] = row ? Number(row.trim().split(/\s+/)[1]) : 0;
  }
  const total = histogram.split('\n').find((line) => line.startsWith('Total'));
  const bytes = Number(total.trim().split(/\s+/)[2]);
  const byClass = new Map();
  for (const line of histogram.split('\n')) {
    const [, , size, name] = line.trim().split(/\s+/);
    if (name && /^\d+:$/.test(line.trim().split(/\s+/)[0])) byClass.set(name, Number(size));
  }
  console.log(`${label}: live heap ${(bytes / 1024).toFixed(0)} KB; live ${JSON.stringify(counts)}`);
  return { bytes, counts, byClass };
}

/** Reads the heap twice (a second full GC catches objects freed by the first's finalisation) and keeps the smaller. */
function settledHeap(label) {
  heap(label + ' (first read)');
  return heap(label);
}

/** Signs a student in and opens the running attempt (starting it from the lesson page the first time). */
async function openQuiz(cdp, attemptPath) {
  const tab = await Tab.open(cdp);
  await tab.signIn();
  if (!attemptPath) {
    const lesson = await tab.waitFor(`document.querySelector('#my-lessons a[href*="student/lessons/"]')?.getAttribute('href')`, 'a lesson link');
    await tab.navigate('/' + lesson.replace(/^\//, ''));
    await tab.waitFor(`(() => { const b = [...document.querySelectorAll('vaadin-button.quiz-start')].find(b => !b.hasAttribute('disabled'));
      if (b) b.click(); return !!b; })()`, 'an open quiz');
    attemptPath = await tab.waitFor(`location.pathname.startsWith('/student/attempts/') && location.pathname`, 'the attempt page');
  } else {
    await tab.navigate(attemptPath);
  }
  await tab.waitFor(`!!document.getElementById('quiz-attempt') && !!document.querySelector('[id^="question-"]')`, 'the quiz');
  return { tab, attemptPath };
}

async function openMany(cdp, count, attemptPath) {
  const tabs = [];
  for (let i = 0; i < count; i += PARALLEL) {
    const batch = Array.from({ length: Math.min(PARALLEL, count - i) }, () => openQuiz(cdp, attemptPath));
    tabs.push(...(await Promise.all(batch)).map((opened) => opened.tab));
  }
  return tabs;
}

/** Waits until no UI and no HTTP session is alive (closed tabs stop heart-beating; sessions time out). */
async function waitForRelease(label, limitSeconds) {
  const started = Date.now();
  for (;;) {
    const { counts } = heap(`${label}, ${Math.round((Date.now() - started) / 1000)} s after closing`);
    if (counts.ui === 0 && counts.httpSession === 0) return (Date.now() - started) / 1000;
    if (Date.now() - started > limitSeconds * 1000) return -1;
    await sleep(15_000);
  }
}

const cdp = new Cdp(wsUrl);
await cdp.opened;
const settle = (heartbeatSeconds * 3 + 5) * 1000; // Vaadin drops a UI after three missed heartbeats

console.log('Warming up: one student starts the quiz, three more sessions open it, then all close.');
const first = await openQuiz(cdp, null);
const warmUp = [first.tab, ...(await openMany(cdp, 3, first.attemptPath))];
console.log(`attempt page: ${first.attemptPath}`);
for (const tab of warmUp) await tab.close();
await waitForRelease('warm-up released', 600);
const baseline = settledHeap('baseline, 0 sessions');

const started = Date.now();
const tabs = await openMany(cdp, sessions, first.attemptPath);
console.log(`${sessions} sessions signed in with the quiz open in ${((Date.now() - started) / 1000).toFixed(1)} s; `
  + `waiting ${settle / 1000} s for the UIs of the pages left behind (login, home) to expire`);
await sleep(settle);
const loaded = settledHeap(`${sessions} sessions with the quiz open`);
if (process.env.SESSION_MEMORY_HEAP_DUMP) {
  // A heap dump of the loaded server (live objects only), for finding who owns the per-session bytes.
  execFileSync('jcmd', [pid, 'GC.heap_dump', process.env.SESSION_MEMORY_HEAP_DUMP]);
  console.log(`heap dump with ${sessions} sessions: ${process.env.SESSION_MEMORY_HEAP_DUMP}`);
}

for (const tab of tabs) await tab.close();
const releasedAfter = await waitForRelease('tabs closed', 900);
const after = settledHeap('after closing every tab');

const perSession = (loaded.bytes - baseline.bytes) / sessions;
const growth = [...loaded.byClass].map(([name, size]) => [name, size - (baseline.byClass.get(name) ?? 0)])
  .sort((a, b) => b[1] - a[1]).slice(0, 20);
console.log('Classes whose live bytes grew most per session:');
for (const [name, bytes] of growth) console.log(`  ${(bytes / sessions / 1024).toFixed(2).padStart(8)} KB  ${name}`);
console.log(`RESULT sessions=${sessions} baselineKB=${(baseline.bytes / 1024).toFixed(0)} loadedKB=${(loaded.bytes / 1024).toFixed(0)} `
  + `perSessionKB=${(perSession / 1024).toFixed(1)} uisOpen=${loaded.counts.ui} quizViewsOpen=${loaded.counts.quizView} `
  + `afterCloseKB=${(after.bytes / 1024).toFixed(0)} uisAfterClose=${after.counts.ui} releasedAfterSeconds=${releasedAfter.toFixed(0)} `
  + `(target: <= 150 KB per session)`);
cdp.ws.close();
process.exit(0);
